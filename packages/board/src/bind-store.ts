import type { TLRecord, TLStore } from "@tldraw/tlschema";
import type * as Y from "yjs";
import { boardRecords, boardSchema, readBoardRecords, setBoardSchema } from "./board-doc";

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

function isDocumentRecord(store: TLStore, record: TLRecord): boolean {
  return store.scopedTypes.document.has(record.typeName);
}

/**
 * Keeps a tldraw store and a Yjs doc in step: local document changes go to the doc in
 * one transaction per store change; remote changes enter the store through
 * mergeRemoteChanges, so tldraw's undo history only ever holds this person's edits.
 */
export function bindStoreToDoc(store: TLStore, doc: Y.Doc): StoreBinding {
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
      else if (change.newValue && isDocumentRecord(store, change.newValue)) puts.push(change.newValue);
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
      const migrated = store.schema.migrateStoreSnapshot({
        store: stored as Record<TLRecord["id"], TLRecord>,
        schema: boardSchema(doc) ?? store.schema.serialize(),
      });
      if (migrated.type === "error") {
        throw new Error(
          `This board was saved by a newer version of Mockboard (${migrated.reason}); reload the page.`,
        );
      }
      const incoming = Object.values(migrated.value);
      store.mergeRemoteChanges(() => {
        const keep = new Set(incoming.map((record) => record.id));
        const stale = store
          .allRecords()
          .filter((record) => isDocumentRecord(store, record) && !keep.has(record.id))
          .map((record) => record.id);
        if (stale.length) store.remove(stale);
        store.put(incoming);
      });
      loaded = true;
    },
    dispose() {
      stopListening();
      records.off("change", onRemoteChange);
    },
  };
}
