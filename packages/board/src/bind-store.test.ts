import { Store } from "@tldraw/store";
import {
  AssetRecordType,
  createTLSchema,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type TLPageId,
  type TLRecord,
  type TLShapeId,
  type TLStore,
} from "@tldraw/tlschema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bindStoreToDoc } from "./bind-store";
import { boardRecords, boardSchema } from "./board-doc";
import { COMPONENT_SHAPE_TYPE, createBoardSchema } from "./schema";
import { geoShape } from "./testing/board-records";

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

  describe("a record the board's schema refuses, already in the log (#19.9), is skipped and the rest of the board kept", () => {
    const broken = () => ({ ...geoShape("broken", 10, 10), x: "NaN" }) as unknown as TLRecord;

    /** A board with a good rectangle and, written past the binding as an old server let through, a broken one. */
    function boardWithBrokenRecord() {
      const doc = new Y.Doc();
      const writer = newStore();
      bindStoreToDoc(writer, doc).loadFromDoc();
      writer.put([geoShape("good", 100, 100)]);
      boardRecords(doc).set("shape:broken", broken());
      return doc;
    }

    it("when an editor loads it", () => {
      const store = newStore();
      expect(() => bindStoreToDoc(store, boardWithBrokenRecord()).loadFromDoc()).not.toThrow();
      expect(store.get("shape:good" as TLShapeId)).toMatchObject({ x: 100 });
      expect(store.get("shape:broken" as TLShapeId)).toBeUndefined();
    });

    it("when the replay shows it", () => {
      const store = newStore();
      expect(() =>
        bindStoreToDoc(store, boardWithBrokenRecord(), { readOnly: true }).loadFromDoc(),
      ).not.toThrow();
      expect(store.get("shape:good" as TLShapeId)).toMatchObject({ x: 100 });
      expect(store.get("shape:broken" as TLShapeId)).toBeUndefined();
    });

    it("when it arrives as a remote change, and later changes still arrive", () => {
      const { storeB, docA, a, b } = pair();
      a.loadFromDoc();
      b.loadFromDoc();
      expect(() => boardRecords(docA).set("shape:broken", broken())).not.toThrow();
      expect(storeB.get("shape:broken" as TLShapeId)).toBeUndefined();
      boardRecords(docA).set("shape:later", geoShape("later", 5, 5));
      expect(storeB.get("shape:later" as TLShapeId)).toMatchObject({ x: 5 });
    });

    it("when the stored schema claims a version of a record type this app never had: records that pass its validators stay", () => {
      const doc = new Y.Doc();
      const writer = newStore();
      bindStoreToDoc(writer, doc).loadFromDoc();
      const kept = page("Kept page");
      writer.put([kept, geoShape("newer", 1, 1)]);
      const schema = boardSchema(doc) as { sequences: Record<string, number> };
      doc.getMap("tl_meta").set("schema", {
        ...schema,
        sequences: { ...schema.sequences, "com.tldraw.shape.geo": 999 },
      });
      const store = newStore();
      expect(() => bindStoreToDoc(store, doc).loadFromDoc()).not.toThrow();
      expect(store.get(kept.id)).toMatchObject({ name: "Kept page" });
      expect(store.get("shape:newer" as TLShapeId)).toMatchObject({ x: 1 });
    });
  });
});
