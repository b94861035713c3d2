import { useEffect, useState } from "react";

/** Where the palette fits beside the board (kit.css hides an un-chosen palette below it). */
const WIDE = "(min-width: 861px)";

export interface PaletteOpen {
  /** Whether it shows now. */
  open: boolean;
  /** Null until someone opens or closes it: then the screen width decides, in CSS. */
  chosen: boolean | null;
  setOpen(open: boolean): void;
}

/**
 * Whether the board kit's palette shows: beside the board where there is room, folded away
 * on a phone (where it is a strip under the board) until asked for. The default is left to
 * CSS, so the server's page already has it where it belongs and nothing moves on load.
 */
export function usePaletteOpen(): PaletteOpen {
  const [chosen, setOpen] = useState<boolean | null>(null);
  const [wide, setWide] = useState(true);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return { open: chosen ?? wide, chosen, setOpen };
}
