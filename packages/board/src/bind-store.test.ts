import { Store } from "@tldraw/store";
import {
  AssetRecordType,
  createTLSchema,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type TLPageId,
  type TLStore,
} from "@tldraw/tlschema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bindStoreToDoc } from "./bind-store";
import { boardRecords, boardSchema } from "./board-doc";
import { COMPONENT_SHAPE_TYPE, createBoardSchema } from "./schema";

/** A store as tldraw's editor starts it: with its document and default page records. */
function newStore(schema = createTLSchema()): TLStore {
  const store = new Store({
    schema,
    props: { defaultName: "", assets: {} as never, users: {} as never, onMount: () => undefined },
  }) as unknown as TLStore;
  store.put([
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: PageRecordType.createId("page"), name: "Page 1", index: "a1" as never }),
  ]);
  return store;
}

/** Two replicas whose docs exchange updates directly, as the server would relay them. */
function pair() {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  docA.on(
    "update",
    (update: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(docB, update, "relay"),
  );
  docB.on(
    "update",
    (update: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(docA, update, "relay"),
  );
  const storeA = newStore();
  const storeB = newStore();
  const a = bindStoreToDoc(storeA, docA);
  const b = bindStoreToDoc(storeB, docB);
  return { storeA, storeB, docA, docB, a, b };
}

const page = (name: string) => PageRecordType.create({ name, index: "a1" as never });

describe("the tldraw ↔ Yjs binding", () => {
  it("carries a record made on one board to the other, and its removal", () => {
    const { storeA, storeB, a, b } = pair();
    a.loadFromDoc();
    b.loadFromDoc();
    const record = page("System diagram");
    storeA.put([record]);
    expect(storeB.get(record.id)).toMatchObject({ name: "System diagram" });
    storeA.update(record.id, (current) => ({ ...current, name: "Renamed" }));
    expect(storeB.get(record.id)).toMatchObject({ name: "Renamed" });
    storeA.remove([record.id]);
    expect(storeB.get(record.id)).toBeUndefined();
  });

  it("applies remote changes as remote, so they never enter local undo history", () => {
    const { storeA, storeB, a, b } = pair();
    a.loadFromDoc();
    b.loadFromDoc();
    const sources: string[] = [];
    storeB.listen((entry) => sources.push(entry.source), { scope: "document" });
    storeA.put([page("Remote page")]);
    expect(sources).toEqual(["remote"]);
  });

  it("loads stored records into a fresh store and drops records the board no longer has", () => {
    const stored = new Y.Doc();
    const writer = newStore();
    bindStoreToDoc(writer, stored).loadFromDoc();
    const kept = page("Kept");
    writer.put([kept]);

    const reader = newStore();
    const stale = page("Only local");
    reader.put([stale]);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(stored));
    bindStoreToDoc(reader, replica).loadFromDoc();
    expect(reader.get(kept.id)).toMatchObject({ name: "Kept" });
    expect(reader.get(stale.id as TLPageId)).toBeUndefined();
  });

  it("seeds an empty board with the store's document records and the schema", () => {
    const doc = new Y.Doc();
    const store = newStore();
    const initial = page("First page");
    store.put([initial]);
    bindStoreToDoc(store, doc).loadFromDoc();
    expect(boardRecords(doc).get(initial.id)).toMatchObject({ name: "First page" });
    expect(doc.getMap("tl_meta").get("schema")).toBeTruthy();
  });

  it("stops syncing after dispose", () => {
    const { storeA, storeB, a, b } = pair();
    a.loadFromDoc();
    b.loadFromDoc();
    b.dispose();
    const record = page("After dispose");
    storeA.put([record]);
    expect(storeB.get(record.id)).toBeUndefined();
  });

  it("in read-only mode shows the doc without writing to it, and an empty doc empties the board", () => {
    const stored = new Y.Doc();
    const writer = newStore();
    bindStoreToDoc(writer, stored).loadFromDoc();
    const drawn = page("Drawn");
    writer.put([drawn]);

    const viewer = newStore();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(stored));
    const binding = bindStoreToDoc(viewer, replica, { readOnly: true });
    binding.loadFromDoc();
    expect(viewer.get(drawn.id)).toMatchObject({ name: "Drawn" });
    const before = Y.encodeStateVector(replica);
    viewer.put([page("Typed by the viewer")]);
    expect(Y.encodeStateVector(replica)).toEqual(before);
    // Later updates applied to the doc reach the store.
    const later = page("Drawn later");
    writer.put([later]);
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(stored, Y.encodeStateVector(replica)));
    expect(viewer.get(later.id)).toMatchObject({ name: "Drawn later" });
    binding.dispose();

    const asset = AssetRecordType.create({
      type: "bookmark",
      props: { title: "Gone", description: "", image: "", favicon: "", src: null },
    });
    viewer.mergeRemoteChanges(() => viewer.put([asset]));
    bindStoreToDoc(viewer, new Y.Doc(), { readOnly: true }).loadFromDoc();
    expect(viewer.get(asset.id)).toBeUndefined();
    expect(viewer.allRecords().some((record) => record.typeName === "page")).toBe(true);
  });

  it("adds a shape type's migrations to the schema of a board made before it, keeping the rest", () => {
    const doc = new Y.Doc();
    bindStoreToDoc(newStore(), doc).loadFromDoc();
    const kit = `com.tldraw.shape.${COMPONENT_SHAPE_TYPE}`;
    const before = boardSchema(doc) as { sequences: Record<string, number> };
    expect(before.sequences[kit]).toBeUndefined();
    const stored = { ...before, sequences: { ...before.sequences, "com.tldraw.shape.geo": 1 } };
    doc.getMap("tl_meta").set("schema", stored);

    bindStoreToDoc(newStore(createBoardSchema()), doc).loadFromDoc();
    const after = boardSchema(doc) as { sequences: Record<string, number> };
    expect(after.sequences[kit]).toBe(0);
    expect(after.sequences["com.tldraw.shape.geo"]).toBe(1);
  });
});
