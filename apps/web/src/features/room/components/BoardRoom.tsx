"use client";

import type { BoardUser } from "@mockboard/board";
import dynamic from "next/dynamic";

// tldraw needs the browser: load it client-side only, in its own chunk.
const BoardCanvas = dynamic(() => import("./BoardCanvas"), {
  ssr: false,
  loading: () => (
    <div className="board-message" role="status">
      <span className="spinner" aria-hidden="true" /> Loading the whiteboard…
    </div>
  ),
});

export function BoardRoom(props: {
  sessionId: string;
  docId: string;
  collabUrl: string;
  licenseKey: string | undefined;
  me: BoardUser;
}) {
  return <BoardCanvas {...props} />;
}
