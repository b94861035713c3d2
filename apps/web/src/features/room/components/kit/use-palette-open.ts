import { useEffect, useState } from "react";

/** Wide enough for the palette beside the board without crowding it. */
const WIDE = "(min-width: 900px)";

/**
 * Whether the board kit's palette shows: open by default where there is room for it beside
 * the board, closed on a phone (where it takes a strip under the board) until asked for.
 */
export function usePaletteOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    setOpen(window.matchMedia(WIDE).matches);
  }, []);
  return [open, setOpen];
}
