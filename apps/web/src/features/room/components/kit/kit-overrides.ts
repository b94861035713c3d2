import dynamic from "next/dynamic";
import type { TLUiDialogProps, TLUiOverrides } from "tldraw";

// The dialog, the name matching, the templates and their icons load when "/" is first pressed
// (or with the palette, which shares them), not with the board's first paint.
const InsertByNameDialog = dynamic<TLUiDialogProps>(
  () => import("./InsertByNameDialog").then((module) => module.InsertByNameDialog),
  { ssr: false },
);

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
