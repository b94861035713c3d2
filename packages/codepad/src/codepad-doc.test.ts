import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  CODEPAD_ROOTS,
  codeText,
  currentLanguage,
  latestRun,
  padState,
  publishRun,
  readCodePad,
  seedStarterCode,
  setLanguage,
} from "./codepad-doc";
import type { RunRecord } from "./run-record";

const STARTER = "def closest_pair(a, b):\n    pass\n";

/** Two browsers exchanging everything they have, as the collab server relays it. */
function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const run: RunRecord = {
  id: "run-1",
  mode: "run",
  language: "python",
  by: "user-1",
  status: "ok",
  startedAt: 1,
  durationMs: 12,
  stdout: "hi\n",
  stderr: "",
  truncated: false,
  tests: null,
};

describe("the code pad in the session document", () => {
  it("gives two people who open an empty pad at the same moment the starter code once", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    seedStarterCode(a, "python", STARTER);
    seedStarterCode(b, "python", STARTER);
    sync(a, b);
    expect(codeText(a, "python").toString()).toBe(STARTER);
    expect(codeText(b, "python").toString()).toBe(STARTER);
  });

  it("does not bring the starter back once someone deleted it", () => {
    const a = new Y.Doc();
    seedStarterCode(a, "python", STARTER);
    const text = codeText(a, "python");
    text.delete(0, text.length);
    text.insert(0, "print(1)");
    const b = new Y.Doc();
    sync(a, b);
    seedStarterCode(b, "python", STARTER);
    sync(a, b);
    expect(codeText(a, "python").toString()).toBe("print(1)");
  });

  it("keeps each language's code apart and shares the language on screen", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    codeText(a, "python").insert(0, "print(1)");
    codeText(a, "javascript").insert(0, "console.log(1)");
    setLanguage(a, "javascript");
    sync(a, b);
    expect(readCodePad(b)).toMatchObject({ language: "javascript", code: "console.log(1)" });
    expect(codeText(b, "python").toString()).toBe("print(1)");
  });

  it("reads an unknown language or a malformed run written by a client as nothing", () => {
    const doc = new Y.Doc();
    padState(doc).set("language", "cobol");
    padState(doc).set("run", { id: 1, status: "weird" });
    expect(currentLanguage(doc)).toBe("python");
    expect(latestRun(doc)).toBeNull();
    publishRun(doc, run);
    expect(latestRun(doc)).toEqual(run);
  });

  it("writes only under its own root names, none of them the board's", () => {
    const doc = new Y.Doc();
    seedStarterCode(doc, "python", STARTER);
    setLanguage(doc, "python");
    publishRun(doc, run);
    expect([...doc.share.keys()].every((name) => CODEPAD_ROOTS.includes(name))).toBe(true);
    expect(CODEPAD_ROOTS.some((name) => name.startsWith("tl_"))).toBe(false);
  });
});
