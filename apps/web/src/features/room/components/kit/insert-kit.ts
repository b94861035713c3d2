import {
  COMPONENT_DEFAULT_SIZE,
  componentColor,
  componentEntry,
  isComponentEntry,
  type KitEntry,
} from "@mockboard/board/kit";
import { COMPONENT_SHAPE_TYPE } from "@mockboard/board/schema";
import { createShapeId, type Editor, getColorValue, toRichText, type VecLike } from "tldraw";
import { findFreeSpot, type Rect } from "./free-spot";
import { templateShapes, templateSize } from "./templates";

function sizeOf(entry: KitEntry) {
  return isComponentEntry(entry) ? COMPONENT_DEFAULT_SIZE : templateSize(entry.template);
}

/** What the board shows now: the middle of the view, in page coordinates. */
function freeSpotInView(editor: Editor, entry: KitEntry): VecLike {
  const occupied: Rect[] = [];
  for (const id of editor.getCurrentPageShapeIds()) {
    const bounds = editor.getShapePageBounds(id);
    if (bounds) occupied.push({ x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h });
  }
  return findFreeSpot(occupied, editor.getViewportPageBounds().center, sizeOf(entry));
}

/**
 * Puts a component or a template on the board, centred on `at` (page coordinates) or, when
 * it comes from a tap or the keyboard, in free space in the middle of the view; selects it
 * and returns to the select tool, so Enter edits the new component's label. One undo step.
 */
export function insertKitEntry(editor: Editor, entry: KitEntry, at?: VecLike): void {
  if (editor.getIsReadonly()) return;
  const center = at ?? freeSpotInView(editor, entry);
  const { w, h } = sizeOf(entry);
  const x = center.x - w / 2;
  const y = center.y - h / 2;
  editor.markHistoryStoppingPoint("insert from the board kit");
  editor.run(() => {
    editor.setCurrentTool("select");
    if (isComponentEntry(entry)) {
      const id = createShapeId();
      editor.createShape({
        id,
        type: COMPONENT_SHAPE_TYPE,
        x,
        y,
        props: {
          kind: entry.kind,
          color: componentColor(entry.kind),
          richText: toRichText(componentEntry(entry.kind).name),
        },
      });
      editor.select(id);
    } else {
      const shapes = templateShapes(entry.template, x, y);
      editor.createShapes(shapes);
      const frame = shapes[0];
      if (frame?.id) editor.select(frame.id);
    }
  });
}

/**
 * Hands the keyboard to the board (Enter edits the selected component, Delete removes it).
 * editor.focus() alone does nothing while tldraw still counts itself focused, which it does
 * when focus went to the palette or a dialog, so the container takes DOM focus here.
 */
export function focusBoard(editor: Editor): void {
  editor.getContainer().focus();
  editor.focus();
}

/** The colour a kit entry is drawn in on this board (a template: the text colour). */
export function entryColor(editor: Editor | null, entry: KitEntry): string | undefined {
  if (!editor || !isComponentEntry(entry)) return undefined;
  const colors = editor.getCurrentTheme().colors[editor.getColorMode()];
  return getColorValue(colors, componentColor(entry.kind), "solid");
}
