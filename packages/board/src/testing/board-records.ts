// Board records that pass the board's own validators, for tests on either side of the wire
// (the collab server refuses any other record).
import { type TLRecord, toRichText } from "@tldraw/tlschema";
import { COMPONENT_SHAPE_TYPE } from "../schema";

/** A rectangle that passes tldraw's own validators, at (x, y). */
export function geoShape(id: string, x = 0, y = 0): TLRecord {
  return {
    id: `shape:${id}`,
    typeName: "shape",
    type: "geo",
    x,
    y,
    rotation: 0,
    index: "a1",
    parentId: "page:page",
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      geo: "rectangle",
      dash: "draw",
      url: "",
      w: 120,
      h: 80,
      growY: 0,
      scale: 1,
      flipX: false,
      flipY: false,
      labelColor: "black",
      color: "black",
      fill: "none",
      size: "m",
      font: "draw",
      align: "middle",
      verticalAlign: "middle",
      richText: toRichText(""),
    },
  } as TLRecord;
}

/** The board kit's own shape (packages/board ./schema), a load balancer. */
export function kitComponent(id: string): TLRecord {
  return {
    ...geoShape(id),
    type: COMPONENT_SHAPE_TYPE,
    props: {
      kind: "load-balancer",
      w: 150,
      h: 120,
      color: "blue",
      size: "m",
      font: "draw",
      richText: toRichText("Load balancer"),
    },
  } as unknown as TLRecord;
}
