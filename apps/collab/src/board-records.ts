// What an editor's update writes on the board, checked before it is stored (issue 19.9):
// one bad record in the log breaks the board for everyone, for good (every load replays
// it). The board's records live in two root types (packages/board board-doc.ts): a
// YKeyValue over the `tl_records` array, whose entries are `{ key, val }` with a tldraw
// record as `val`, and the `tl_meta` map, whose `schema` is the tldraw schema the records
// were written in. Every record an update inserts must pass its record type's validator
// (tldraw's own, from the board's schema: tldraw's shapes plus the board kit's), and a
// schema must not be newer than the server's. Anything else in the document (the code
// pad's texts and state, packages/codepad) is not the board's and is not looked at.
//
// An update names the root type of an inserted item only when the item has no neighbour;
// otherwise its place follows from its left (or right) neighbour, which is in the document
// already, in an update accepted but not yet applied, or earlier in the same update.
import type { TLRecord, TLSchema } from "@tldraw/tlschema";
import * as Y from "yjs";

/** packages/board board-doc.ts */
export const BOARD_RECORDS_ROOT = "tl_records";
export const BOARD_META_ROOT = "tl_meta";
const SCHEMA_KEY = "schema";

/** An item nested inside another shared type: the board never writes those. */
const NESTED = Symbol("nested");
type Place = string | typeof NESTED | null;

/** Items accepted but not yet in the document, to find neighbours in. */
export type PendingItems = Iterable<readonly Y.Item[]>;

/** Finds the item holding `id` among `items` (each an item and the clocks it spans). */
function findIn(items: Iterable<readonly Y.Item[]>, id: Y.ID): Y.Item | null {
  for (const list of items)
    for (const item of list)
      if (item.id.client === id.client && item.id.clock <= id.clock && id.clock < item.id.clock + item.length)
        return item;
  return null;
}

/** The root type name of an item in the document, or NESTED. */
function placeInDocument(item: Y.Item): Place {
  const parent = item.parent;
  if (!(parent instanceof Y.AbstractType)) return null;
  if (parent._item !== null) return NESTED;
  return Y.findRootTypeKey(parent);
}

function documentItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : null;
}

/** Where a decoded item goes: its root type's name, NESTED, or null when its neighbour is unknown. */
function placeOf(doc: Y.Doc, own: readonly Y.Item[], pending: PendingItems, item: Y.Item): Place {
  let current = item;
  // Each step moves to a neighbour inserted earlier; the bound only stops a crafted cycle.
  for (let step = 0; step < 100_000; step++) {
    if (typeof current.parent === "string") return current.parent;
    if (current.parent instanceof Y.ID) return NESTED;
    const neighbour = current.origin ?? current.rightOrigin;
    if (!neighbour) return null;
    const inDocument = documentItem(doc, neighbour);
    if (inDocument) return placeInDocument(inDocument);
    const next = findIn([own], neighbour) ?? findIn(pending, neighbour);
    if (!next || next === current) return null;
    current = next;
  }
  return null;
}

export class BoardRecordError extends Error {}

/**
 * The items of `structs` the document does not have yet, each checked where it goes on the
 * board; throws BoardRecordError (saying what is wrong) at the first that may not be stored.
 * Returns the new items, for later updates to find their neighbours in until it is applied.
 */
export function checkBoardUpdate(
  doc: Y.Doc,
  structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  pending: PendingItems,
  schema: TLSchema,
): Y.Item[] {
  // Items the document has already (a client resending what it had) change nothing.
  const fresh = structs.filter(
    (struct): struct is Y.Item =>
      struct instanceof Y.Item && struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  );
  for (const item of fresh) {
    if (item.content instanceof Y.ContentDeleted) continue;
    const place = placeOf(doc, fresh, pending, item);
    if (place === null) throw new BoardRecordError("the update depends on changes this board does not have");
    if (place === BOARD_RECORDS_ROOT) checkRecordEntries(item, schema);
    else if (place === BOARD_META_ROOT) checkMeta(item, schema);
    else if (place === NESTED) continue;
  }
  return fresh;
}

function checkRecordEntries(item: Y.Item, schema: TLSchema): void {
  if (item.parentSub !== null || !(item.content instanceof Y.ContentAny))
    throw new BoardRecordError("the board's records take only record entries");
  for (const entry of item.content.arr) checkRecordEntry(entry, schema);
}

function checkRecordEntry(entry: unknown, schema: TLSchema): void {
  if (typeof entry !== "object" || entry === null)
    throw new BoardRecordError("a record entry is not an object");
  const { key, val } = entry as { key?: unknown; val?: unknown };
  const record = val as Partial<TLRecord> | null | undefined;
  if (typeof key !== "string" || typeof record !== "object" || record === null || record.id !== key)
    throw new BoardRecordError("a record entry's key is not its record's id");
  const type = (schema.types as Record<string, { validate(record: unknown): unknown } | undefined>)[
    String(record.typeName)
  ];
  if (!type)
    throw new BoardRecordError(`no record type ${JSON.stringify(String(record.typeName)).slice(0, 80)}`);
  try {
    type.validate(record);
  } catch (error) {
    throw new BoardRecordError(
      `invalid ${record.typeName} ${key.slice(0, 80)}: ${String((error as Error).message).slice(0, 200)}`,
    );
  }
}

function checkMeta(item: Y.Item, schema: TLSchema): void {
  if (item.parentSub !== SCHEMA_KEY || !(item.content instanceof Y.ContentAny))
    throw new BoardRecordError("the board's meta holds only its schema");
  for (const stored of item.content.arr) {
    let newer = true;
    try {
      newer = !schema.getMigrationsSince(stored as Parameters<TLSchema["getMigrationsSince"]>[0]).ok;
    } catch {
      // Not a schema at all.
    }
    if (newer) throw new BoardRecordError("the board's schema is newer than this server's or not a schema");
  }
}
