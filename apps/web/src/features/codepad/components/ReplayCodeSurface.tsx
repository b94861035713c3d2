"use client";

import { useSharedSessionDoc } from "@mockboard/board/react";
import dynamic from "next/dynamic";
import type { ReplayCodeProps } from "./ReplayCode";

// CodeMirror and its languages load the first time the replay's code shows.
const ReplayCode = dynamic(() => import("./ReplayCode"), {
  ssr: false,
  loading: () => (
    <div className="surface-message" role="status">
      <span className="spinner" aria-hidden="true" /> Loading the code…
    </div>
  ),
});

/** The code pad at the playhead, over the document the replay provides (as the room provides its own). */
export function ReplayCodeSurface(props: Omit<ReplayCodeProps, "doc">) {
  const { doc } = useSharedSessionDoc();
  if (!doc)
    return (
      <div className="surface-message" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the code…
      </div>
    );
  return <ReplayCode doc={doc} people={props.people} />;
}
