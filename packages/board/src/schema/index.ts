// Node-safe entry: the board's tldraw schema, for every side that reads or checks records
// (the browser's store, the replay, the collab server). No React, no DOM.
import { createTLSchema, defaultShapeSchemas, type TLSchema } from "@tldraw/tlschema";
import { COMPONENT_SHAPE_TYPE, componentShapeMigrations, componentShapeProps } from "./component-shape";

export {
  COMPONENT_SHAPE_TYPE,
  type ComponentShape,
  type ComponentShapeProps,
  componentShapeMigrations,
  componentShapeProps,
} from "./component-shape";

/** tldraw's shapes plus the board kit's. */
export const boardShapeSchemas = {
  ...defaultShapeSchemas,
  [COMPONENT_SHAPE_TYPE]: { props: componentShapeProps, migrations: componentShapeMigrations },
};

/** The schema every board record is written in and checked against. */
export function createBoardSchema(): TLSchema {
  return createTLSchema({ shapes: boardShapeSchemas });
}
