"use client";

import type { BoardUser } from "@mockboard/board";
import dynamic from "next/dynamic";
import { preload } from "react-dom";

// tldraw lives in its own chunk. Rendered on the server too (as its loading state: the
// board connects in an effect), so the page's HTML names that chunk and the browser fetches
// it alongside the page's other scripts instead of after them.
const BoardCanvas = dynamic(() => import("./BoardCanvas"), {
  loading: () => (
    <div className="board-message" role="status">
      <span className="spinner" aria-hidden="true" /> Loading the whiteboard…
    </div>
  ),
});

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
