"use client";

import { useEffect, useState } from "react";

/** The room's one-column layout (room-workspace.css) starts here. */
const NARROW = "(max-width: 860px)";

/** True on phones and small tablets, where the room shows one surface at a time. */
export function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = globalThis.matchMedia?.(NARROW);
    if (!query) return;
    setNarrow(query.matches);
    const onChange = (event: MediaQueryListEvent) => setNarrow(event.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return narrow;
}
