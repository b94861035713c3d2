import type { SerializedSchema } from "@tldraw/store";
import type { TLRecord } from "@tldraw/tlschema";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";

// Records live in a key-value structure over a Y.Array rather than a Y.Map: a Y.Map
// keeps every overwritten value, so a board whose shapes move constantly would grow
// without bound.
const RECORDS = "tl_records";
const META = "tl_meta";

export type BoardRecords = YKeyValue<TLRecord>;

/** One YKeyValue per doc, so every caller sees the same change events. */
const views = new WeakMap<Y.Doc, BoardRecords>();

export function boardRecords(doc: Y.Doc): BoardRecords {
  let view = views.get(doc);
  if (!view) {
    view = new YKeyValue<TLRecord>(doc.getArray(RECORDS));
    views.set(doc, view);
  }
  return view;
}

/** The tldraw schema the document's records were written with. */
export function boardSchema(doc: Y.Doc): SerializedSchema | undefined {
  return doc.getMap<SerializedSchema>(META).get("schema");
}

export function setBoardSchema(doc: Y.Doc, schema: SerializedSchema): void {
  doc.getMap<SerializedSchema>(META).set("schema", schema);
}

/**
 * Adds to the document's schema the migration sequences it has never heard of (a shape
 * type added since the board was made, such as the board kit's), at this app's version.
 * Without them, the records this app writes of that type would later be migrated again from
 * the start (tldraw treats a missing shape sequence as "before its first migration").
 * Existing entries are left alone. Returns whether it wrote.
 */
export function addMissingSequences(doc: Y.Doc, current: SerializedSchema): boolean {
  const stored = boardSchema(doc);
  if (!stored || !("sequences" in stored) || !("sequences" in current)) return false;
  const missing = Object.entries(current.sequences).filter(([id]) => !(id in stored.sequences));
  if (!missing.length) return false;
  setBoardSchema(doc, { ...stored, sequences: { ...stored.sequences, ...Object.fromEntries(missing) } });
  return true;
}

/**
 * The records a document holds, read without a key-value view: for each key the rightmost
 * entry wins, as YKeyValue resolves duplicates, but none of its clean-up deletions are
 * written. A view's map is maintained incrementally and, after concurrent edits of one
 * record, can briefly differ from this until the clean-ups arrive; the replay reads this
 * way so that a seek and playback show the same board at the same sequence.
 */
export function readStoredRecords(doc: Y.Doc): Record<string, TLRecord> {
  const entries = doc.getArray<{ key: string; val: TLRecord }>(RECORDS).toArray();
  const out: Record<string, TLRecord> = {};
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as { key: string; val: TLRecord };
    if (!Object.hasOwn(out, entry.key)) out[entry.key] = entry.val;
  }
  return out;
}

/** Every record on the board, keyed by id, through the doc's key-value view. */
export function readBoardRecords(doc: Y.Doc): Record<string, TLRecord> {
  const out: Record<string, TLRecord> = {};
  for (const [key, entry] of boardRecords(doc).map) out[key] = entry.val;
  return out;
}
