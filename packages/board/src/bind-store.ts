import type { SerializedSchema } from "@tldraw/store";
import type { TLRecord, TLStore } from "@tldraw/tlschema";
import type * as Y from "yjs";
import {
  addMissingSequences,
  boardRecords,
  boardSchema,
  readBoardRecords,
  readStoredRecords,
  setBoardSchema,
} from "./board-doc";

/** Transaction origin of changes this binding writes, so it ignores its own echo. */
export const LOCAL_ORIGIN = Symbol("mockboard-local");

export interface StoreBinding {
  /**
   * Call once the provider has synced: loads the board into the store (migrating
   * records written with an older schema), or seeds a brand-new board from the store.
   */
  loadFromDoc(): void;
  dispose(): void;
}

export interface BindOptions {
  /**
   * The store only shows the doc (the replay): nothing flows from the store to the doc, an
   * empty doc empties the board instead of being seeded, and the store follows the doc as
   * it stands after each transaction (readStoredRecords), so the board at a sequence is the
   * same whether it was reached by playing or by seeking.
   */
  readOnly?: boolean;
}

/** Records tldraw needs to show any board at all, kept when a read-only store shows a doc without them. */
const KEPT_WHEN_EMPTY = new Set(["document", "page"]);

function isDocumentRecord(store: TLStore, record: TLRecord): boolean {
  return store.scopedTypes.document.has(record.typeName);
}

/** Whether the store's schema accepts a record: one it refuses is skipped, never the whole board. */
function isValid(store: TLStore, record: TLRecord): boolean {
  try {
    store.schema.validateRecord(store, record, "createRecord", null);
    return true;
  } catch {
    return false;
  }
}

/**
 * The stored schema with every sequence at a version this app never had (a newer app wrote
 * it, or a client lied) read as this app's own version: the records are then checked one by
 * one instead of refusing the board.
 */
function readableSchema(store: TLStore, stored: SerializedSchema): SerializedSchema {
  const own = store.schema.serialize();
  if (!("sequences" in stored)) return stored;
  const sequences = { ...stored.sequences };
  for (const [id, version] of Object.entries(sequences)) {
    const known = own.sequences[id];
    if (known !== undefined && version > known) sequences[id] = known;
  }
  return { ...stored, sequences };
}

/**
 * Stored records in the store's schema, without those it refuses (a record an old server
 * let into the log). Throws only when the stored schema cannot be read at all.
 */
function migrated(store: TLStore, doc: Y.Doc, stored: Record<string, TLRecord>): TLRecord[] {
  const snapshot = { store: stored as Record<TLRecord["id"], TLRecord> };
  const schema = boardSchema(doc) ?? store.schema.serialize();
  let result = store.schema.migrateStoreSnapshot({ ...snapshot, schema });
  if (result.type === "error")
    result = store.schema.migrateStoreSnapshot({ ...snapshot, schema: readableSchema(store, schema) });
  if (result.type === "error") {
    throw new Error(
      `This board was saved by a newer version of Mockboard (${result.reason}); reload the page.`,
    );
  }
  return Object.values(result.value).filter((record) => isValid(store, record));
}

/**
 * Makes the store's board exactly `incoming` (as remote changes): records it no longer has
 * are removed, and only records that changed are written. `keep` says which document
 * records to leave alone when they are not in `incoming`.
 */
function showRecords(
  store: TLStore,
  incoming: TLRecord[],
  keep: (record: TLRecord) => boolean = () => false,
) {
  const wanted = new Set(incoming.map((record) => record.id));
  const stale = store
    .allRecords()
    .filter((record) => isDocumentRecord(store, record) && !wanted.has(record.id) && !keep(record))
    .map((record) => record.id);
  const changed = incoming.filter((record) => store.unsafeGetWithoutCapture(record.id) !== record);
  if (!stale.length && !changed.length) return;
  store.mergeRemoteChanges(() => {
    if (stale.length) store.remove(stale);
    if (changed.length) store.put(changed);
  });
}

/** The read-only mode: the store shows the doc after each of its transactions. */
function showDoc(store: TLStore, doc: Y.Doc): StoreBinding {
  let loaded = false;
  const show = () => {
    const stored = readStoredRecords(doc);
    const incoming = Object.keys(stored).length ? migrated(store, doc, stored) : [];
    // Before the first update (or if a board lacks them) tldraw keeps its own document and page.
    const types = new Set(incoming.map((record) => record.typeName));
    showRecords(
      store,
      incoming,
      (record) => KEPT_WHEN_EMPTY.has(record.typeName) && !types.has(record.typeName),
    );
  };
  const onTransaction = () => {
    if (loaded) show();
  };
  doc.on("afterTransaction", onTransaction);
  return {
    loadFromDoc() {
      show();
      loaded = true;
    },
    dispose() {
      doc.off("afterTransaction", onTransaction);
    },
  };
}

/**
 * Keeps a tldraw store and a Yjs doc in step: local document changes go to the doc in
 * one transaction per store change; remote changes enter the store through
 * mergeRemoteChanges, so tldraw's undo history only ever holds this person's edits.
 */
export function bindStoreToDoc(store: TLStore, doc: Y.Doc, options: BindOptions = {}): StoreBinding {
  if (options.readOnly) return showDoc(store, doc);
  const records = boardRecords(doc);
  let loaded = false;

  const stopListening = store.listen(
    ({ changes }) => {
      if (!loaded) return;
      doc.transact(() => {
        for (const record of Object.values(changes.added)) records.set(record.id, record);
        for (const [, next] of Object.values(changes.updated)) records.set(next.id, next);
        for (const record of Object.values(changes.removed)) records.delete(record.id);
      }, LOCAL_ORIGIN);
    },
    { source: "user", scope: "document" },
  );

  const onRemoteChange = (
    changes: Map<string, { action: "add" | "update" | "delete"; newValue?: TLRecord }>,
    transaction: Y.Transaction,
  ) => {
    if (!loaded || transaction.origin === LOCAL_ORIGIN) return;
    const puts: TLRecord[] = [];
    const removals: TLRecord["id"][] = [];
    for (const [id, change] of changes) {
      if (change.action === "delete") removals.push(id as TLRecord["id"]);
      else if (change.newValue && isDocumentRecord(store, change.newValue) && isValid(store, change.newValue))
        puts.push(change.newValue);
    }
    store.mergeRemoteChanges(() => {
      if (removals.length) store.remove(removals.filter((id) => store.has(id)));
      if (puts.length) store.put(puts);
    });
  };
  records.on("change", onRemoteChange);

  return {
    loadFromDoc() {
      const stored = readBoardRecords(doc);
      if (Object.keys(stored).length === 0) {
        // A brand-new board: the server answered sync only after loading stored state,
        // so an empty doc here really is empty. Seed it with the store's defaults.
        doc.transact(() => {
          setBoardSchema(doc, store.schema.serialize());
          for (const record of store.allRecords()) {
            if (isDocumentRecord(store, record)) records.set(record.id, record);
          }
        }, LOCAL_ORIGIN);
        loaded = true;
        return;
      }
      showRecords(store, migrated(store, doc, stored));
      doc.transact(() => addMissingSequences(doc, store.schema.serialize()), LOCAL_ORIGIN);
      loaded = true;
    },
    dispose() {
      stopListening();
      records.off("change", onRemoteChange);
    },
  };
}
