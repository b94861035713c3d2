import { createTLStore, defaultBindingUtils } from "tldraw";
import { describe, expect, it } from "vitest";
import { createBoardSchema } from "../schema";
import { boardShapeUtils } from "./use-board";

describe("the browser's board store", () => {
  it("has exactly the schema the collab server and the replay check records against", () => {
    const store = createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils });
    expect(store.schema.serialize()).toEqual(createBoardSchema().serialize());
  });
});
