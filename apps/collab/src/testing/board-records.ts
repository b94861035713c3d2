// Board records as the board writes them (packages/board board-doc.ts): tldraw records as
// `{ key, val }` entries of a YKeyValue over the `tl_records` array, the schema in `tl_meta`.
import { createBoardSchema } from "@mockboard/board/schema";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";

export { geoShape, kitComponent } from "@mockboard/board/testing";

export const boardKeyValue = (doc: Y.Doc) => new YKeyValue<unknown>(doc.getArray("tl_records"));

/** The schema the app writes into `tl_meta`. */
export const appSchema = () => createBoardSchema().serialize();
