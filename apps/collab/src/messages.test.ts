import { CloseCode } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncUpdate,
  ProtocolError,
} from "./messages";

function expectMalformed(bytes: number[]) {
  let caught: unknown;
  try {
    decodeClientMessage(Uint8Array.from(bytes));
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ProtocolError);
  expect((caught as ProtocolError).code).toBe(CloseCode.Malformed);
}

describe("client message decoding", () => {
  it("decodes what a stock client sends", () => {
    const doc = new Y.Doc();
    doc.getMap("shapes").set("a", 1);
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeClientMessage(encodeSyncStep1(Y.encodeStateVector(doc)))).toMatchObject({
      kind: "sync-step1",
    });
    expect(decodeClientMessage(encodeSyncUpdate(update))).toEqual({
      kind: "update",
      update,
      isUpdateFrame: true,
    });
    expect(decodeClientMessage(encodeAwareness(Uint8Array.of(0)))).toMatchObject({ kind: "awareness" });
    expect(decodeClientMessage(Uint8Array.of(3))).toEqual({ kind: "query-awareness" });
  });

  it("treats empty, truncated, unknown and over-long messages as malformed", () => {
    expectMalformed([]);
    expectMalformed([0]);
    expectMalformed([0, 2, 10, 1, 2]);
    expectMalformed([0, 7, 0]);
    expectMalformed([2, 0]);
    expectMalformed([9]);
    expectMalformed([3, 0]);
    expectMalformed([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  });
});
