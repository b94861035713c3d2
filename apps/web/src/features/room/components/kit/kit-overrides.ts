import type { TLUiOverrides } from "tldraw";
import { InsertByNameDialog } from "./InsertByNameDialog";

/**
 * "/" on the board opens the insert-by-name dialog, through tldraw's own shortcut system:
 * it is off while a label is being edited or the board is read-only, like any tool key.
 */
export const kitOverrides: TLUiOverrides = {
  actions(_editor, actions, helpers) {
    return {
      ...actions,
      "insert-from-kit": {
        id: "insert-from-kit",
        label: "action.insert-from-kit",
        kbd: "/",
        onSelect() {
          helpers.addDialog({ component: InsertByNameDialog });
        },
      },
    };
  },
  translations: { en: { "action.insert-from-kit": "Add a component by name" } },
};
