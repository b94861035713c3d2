"use client";

import dynamic from "next/dynamic";

// A live interview opens on the brief: the notes panel is a chunk of its own, fetched when its
// tab first opens (the server still renders it when it shows), so the room's first paint does
// not carry its code.
export const NotesPanel = dynamic(() => import("./NotesPanel").then((module) => module.NotesPanel), {
  loading: () => (
    <p className="small muted" role="status">
      <span className="spinner" aria-hidden="true" /> Loading the notes…
    </p>
  ),
});
