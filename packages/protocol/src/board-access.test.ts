import { describe, expect, it } from "vitest";
import { BoardAccessChange, parseBoardAccessChange } from "./board-access";

const change = { docId: "session-abc12345", userId: "user_1", access: "none", at: 1_700_000_000_000 };

describe("board access changes", () => {
  it("parse a change for one person and a change for everyone on a document", () => {
    expect(parseBoardAccessChange(JSON.stringify(change))).toEqual(change);
    const everyone = { docId: "session-abc12345", access: "viewer", at: 1 };
    expect(parseBoardAccessChange(JSON.stringify(everyone))).toEqual(everyone);
  });

  it.each([
    ["not JSON", "{"],
    ["an unknown access level", JSON.stringify({ ...change, access: "editor" })],
    ["an invalid document id", JSON.stringify({ ...change, docId: "../x" })],
    ["an extra field", JSON.stringify({ ...change, note: "hello" })],
    ["no time", JSON.stringify({ ...change, at: undefined })],
    ["an oversized payload", JSON.stringify({ ...change, userId: "u".repeat(2000) })],
    ["nothing", undefined],
  ])("are refused when the payload is %s", (_what, payload) => {
    expect(parseBoardAccessChange(payload)).toBeNull();
  });

  it("refuse an empty user id instead of treating it as everyone", () => {
    expect(BoardAccessChange.safeParse({ ...change, userId: "" }).success).toBe(false);
  });
});
