import { createShapeId, type TLRecord, toRichText } from "@tldraw/tlschema";
import { describe, expect, it } from "vitest";
import { COMPONENT_SHAPE_TYPE, createBoardSchema } from ".";

const schema = createBoardSchema();

function component(props: Record<string, unknown> = {}): TLRecord {
  return {
    id: createShapeId("lb"),
    typeName: "shape",
    type: COMPONENT_SHAPE_TYPE,
    x: 100,
    y: 80,
    rotation: 0,
    index: "a1",
    parentId: "page:page",
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      kind: "load-balancer",
      w: 150,
      h: 120,
      color: "blue",
      size: "m",
      font: "draw",
      richText: toRichText("Load balancer"),
      ...props,
    },
  } as unknown as TLRecord;
}

const validate = (record: TLRecord) => schema.validateRecord(null as never, record, "updateRecord", null);

describe("the board's schema", () => {
  it("accepts a kit component", () => {
    expect(() => validate(component())).not.toThrow();
  });

  it("refuses a component of a kind the kit does not have", () => {
    expect(() => validate(component({ kind: "blockchain" }))).toThrow(/kind/);
  });

  it("refuses a component whose size is not a positive number", () => {
    expect(() => validate(component({ w: "NaN" }))).toThrow();
    expect(() => validate(component({ h: 0 }))).toThrow();
  });

  it("refuses a component with a prop it does not define", () => {
    expect(() => validate(component({ owner: "someone" }))).toThrow();
  });

  it("records the component's migrations beside tldraw's", () => {
    expect(schema.serialize().sequences[`com.tldraw.shape.${COMPONENT_SHAPE_TYPE}`]).toBe(0);
  });

  it("loads a board saved before the kit existed", () => {
    const older = schema.serialize();
    delete (older.sequences as Record<string, number>)[`com.tldraw.shape.${COMPONENT_SHAPE_TYPE}`];
    const result = schema.migrateStoreSnapshot({ store: { [component().id]: component() }, schema: older });
    expect(result.type).toBe("success");
  });
});
