"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => null;

/**
 * The viewer's time zone, which only the browser knows: null on the server and while
 * hydrating (render a stated zone then), the browser's zone from the next render on, so
 * the markup never mismatches.
 */
export function useViewerZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, serverZone);
}
