"use client";

import { useSharedSessionDoc } from "@mockboard/board/react";
import dynamic from "next/dynamic";
import type { CodePadProps } from "./CodePad";

// CodeMirror, its languages and the sandboxes' loader come in their own chunk, fetched the
// first time the code pad shows: the board-only room never downloads them.
const CodePad = dynamic(() => import("./CodePad"), {
  ssr: false,
  loading: () => (
    <div className="surface-message" role="status">
      <span className="spinner" aria-hidden="true" /> Loading the code pad…
    </div>
  ),
});

/** The code pad over the session's document (BoardRoom provides it), once it has its stored state. */
export function CodePadSurface(props: Omit<CodePadProps, "doc" | "awareness">) {
  const session = useSharedSessionDoc();
  if (session.error)
    return (
      <div className="surface-message alert alert-error" role="alert">
        {session.error}
      </div>
    );
  if (!session.doc || !session.synced)
    return (
      <div className="surface-message" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the code…
      </div>
    );
  return (
    <CodePad
      {...props}
      doc={session.doc}
      awareness={session.awareness}
      editable={props.editable && session.role === "editor"}
    />
  );
}
