"use client";

import type { BoardUser } from "@mockboard/board";
import { preload } from "react-dom";
// tldraw comes with the room's own scripts, never another page's (only the room renders
// this component). Imported directly rather than through next/dynamic: the browser then
// downloads and compiles it with the page's other scripts, off the main thread, and the
// board connects in the first hydration pass instead of after a lazy chunk resolves (about
// 100-200 ms sooner to a visible board on a 2-core machine; tests/bench/room-load-bench.ts).
// On the server it renders its loading state: the board connects in an effect.
import BoardCanvas from "./BoardCanvas";

/** tldraw's icon sprite: every toolbar button draws from it (fetched as a CORS image, like tldraw does). */
const ICON_SPRITE = "/tldraw-assets/icons/icon/0_merged.svg";

export function BoardRoom(props: {
  sessionId: string;
  docId: string;
  collabUrl: string;
  licenseKey: string | undefined;
  me: BoardUser;
  initialToken?: string;
}) {
  preload(ICON_SPRITE, { as: "image", crossOrigin: "anonymous" });
  return <BoardCanvas {...props} />;
}
