import * as Y from "yjs";
import { CODE_LANGUAGES, type CodeLanguage, DEFAULT_LANGUAGE, isCodeLanguage } from "./languages";
import { parseRunRecord, type RunRecord } from "./run-record";

// The code pad lives in the session's Yjs document beside the board's records, under root
// names of its own: the collab server stores, counts and relays its updates like any other
// (one log, one quota, one token), and whatever checks the board's records never sees it.

/** Shared state of the pad: the language on screen and the latest run. */
export const CODEPAD_STATE = "codepad";
/** Prefix of the per-language texts: each language keeps its own code, as in CoderPad. */
export const CODEPAD_TEXT_PREFIX = "codepad:";

/** Every root name the code pad writes, for whoever needs to tell them from the board's. */
export const CODEPAD_ROOTS: readonly string[] = [
  CODEPAD_STATE,
  ...CODE_LANGUAGES.map((language) => `${CODEPAD_TEXT_PREFIX}${language}`),
];

export function codeText(doc: Y.Doc, language: CodeLanguage): Y.Text {
  return doc.getText(`${CODEPAD_TEXT_PREFIX}${language}`);
}

export function padState(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CODEPAD_STATE);
}

/** The language on screen; anything a client wrote that is not a language reads as the default. */
export function currentLanguage(doc: Y.Doc, fallback: CodeLanguage = DEFAULT_LANGUAGE): CodeLanguage {
  const value = padState(doc).get("language");
  return isCodeLanguage(value) ? value : fallback;
}

export function setLanguage(doc: Y.Doc, language: CodeLanguage, origin?: unknown): void {
  doc.transact(() => padState(doc).set("language", language), origin);
}

/** The latest run shared in the document, or null when there is none (or it does not parse). */
export function latestRun(doc: Y.Doc): RunRecord | null {
  return parseRunRecord(padState(doc).get("run"));
}

export function publishRun(doc: Y.Doc, run: RunRecord, origin?: unknown): void {
  doc.transact(() => padState(doc).set("run", run), origin);
}

/** FNV-1a: a stable 32-bit number for the same text in every browser. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Puts the prompt's starter code into a language's text, once, however many browsers do it
 * and in whatever order: the insert is written by a client id derived from the language and
 * the code, at clock 0, so every browser makes the very same Yjs item and applying it again
 * (or after someone deleted it) changes nothing. Two people opening an empty pad at the
 * same moment therefore never get the starter twice. (Yjs gives a real client a new id if
 * it ever meets its own id in a remote update, so the fixed id cannot corrupt anyone's edits.)
 */
export function seedStarterCode(doc: Y.Doc, language: CodeLanguage, starter: string, origin?: unknown): void {
  if (!starter) return;
  const seed = new Y.Doc();
  seed.clientID = fnv1a(`${language}\n${starter}`) || 1;
  codeText(seed, language).insert(0, starter);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), origin);
  seed.destroy();
}

/** The pad as it stands: the language on screen and its code (what the replay shows at a moment). */
export function readCodePad(doc: Y.Doc): { language: CodeLanguage; code: string; run: RunRecord | null } {
  const language = currentLanguage(doc);
  return { language, code: codeText(doc, language).toString(), run: latestRun(doc) };
}
