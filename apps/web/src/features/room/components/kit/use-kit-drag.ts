import type { KitEntry } from "@mockboard/board/kit";
import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useRef, useState } from "react";
import type { Editor } from "tldraw";
import { focusBoard, insertKitEntry } from "./insert-kit";

/** A press that moves less than this is a tap (insert in the middle), more is a drag. */
const DRAG_THRESHOLD = 6;

export interface KitDrag {
  entry: KitEntry;
  x: number;
  y: number;
  /** Over the board: letting go drops it here. */
  overBoard: boolean;
}

/**
 * Drag from the palette onto the board with a mouse, pen or finger (pointer events, so it
 * works on phones, where HTML drag and drop does not). Letting go over the board puts the
 * entry where the finger is; anywhere else, or Escape, cancels. Returns the drag in progress
 * (for the ghost under the pointer), the tiles' pointer-down handler, and whether the click
 * that follows a press was a drag (and must not also insert).
 */
export function useKitDrag(editor: Editor | null, onInserted: (entry: KitEntry) => void) {
  const [drag, setDrag] = useState<KitDrag | null>(null);
  const press = useRef<{
    entry: KitEntry;
    x: number;
    y: number;
    pointerId: number;
    dragging: boolean;
  } | null>(null);
  const dragged = useRef(false);

  const overBoard = useCallback(
    (x: number, y: number) => {
      if (!editor) return false;
      const box = editor.getContainer().getBoundingClientRect();
      return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    },
    [editor],
  );

  const onPointerDown = useCallback((entry: KitEntry, event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    dragged.current = false;
    // Every move and the release come back to the tile, wherever the pointer goes (a mouse
    // is not captured by default; over the board, tldraw would otherwise take them).
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = {
      entry,
      x: event.clientX,
      y: event.clientY,
      pointerId: event.pointerId,
      dragging: false,
    };
  }, []);

  useEffect(() => {
    const end = () => {
      press.current = null;
      setDrag(null);
    };
    const onMove = (event: PointerEvent) => {
      const current = press.current;
      if (!current || event.pointerId !== current.pointerId) return;
      if (!current.dragging) {
        if (Math.hypot(event.clientX - current.x, event.clientY - current.y) < DRAG_THRESHOLD) return;
        current.dragging = true;
        dragged.current = true;
      }
      event.preventDefault();
      setDrag({
        entry: current.entry,
        x: event.clientX,
        y: event.clientY,
        overBoard: overBoard(event.clientX, event.clientY),
      });
    };
    const onUp = (event: PointerEvent) => {
      const current = press.current;
      if (!current || event.pointerId !== current.pointerId) return;
      if (current.dragging && editor && overBoard(event.clientX, event.clientY)) {
        insertKitEntry(editor, current.entry, editor.screenToPage({ x: event.clientX, y: event.clientY }));
        focusBoard(editor);
        onInserted(current.entry);
      }
      end();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && press.current?.dragging) end();
    };
    window.addEventListener("pointermove", onMove, { passive: false });
    window.addEventListener("pointerup", onUp);
    window.addEventListener("pointercancel", end);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onUp);
      window.removeEventListener("pointercancel", end);
      window.removeEventListener("keydown", onKey);
    };
  }, [editor, overBoard, onInserted]);

  /** True once for the click that ends a drag. */
  const consumeDragClick = useCallback(() => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  }, []);

  return { drag, onPointerDown, consumeDragClick };
}
