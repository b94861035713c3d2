"use client";

import { codeText, LANGUAGES, readCodePad } from "@mockboard/codepad";
import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { createCodeEditor } from "../editor/code-editor";
import { RunOutput } from "./RunOutput";
import "../codepad.css";

export interface ReplayCodeProps {
  /** The replay's document at the playhead (the same one its board shows). */
  doc: Y.Doc;
  /** Names of the people who ran code, by user id. */
  people: Record<string, string>;
}

/** The pad as the document holds it, re-read whenever the replay moves the document. */
function usePadAt(doc: Y.Doc) {
  const [pad, setPad] = useState(() => readCodePad(doc));
  useEffect(() => {
    const read = () => setPad(readCodePad(doc));
    read();
    doc.on("update", read);
    return () => doc.off("update", read);
  }, [doc]);
  return pad;
}

/**
 * The code pad at the replay's playhead: the language that was on screen, its code and the
 * latest run with its output, read-only. The editor is bound to the replay's document, so it
 * follows the playhead as the board does.
 */
export default function ReplayCode({ doc, people }: ReplayCodeProps) {
  const { language, run } = usePadAt(doc);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const created = createCodeEditor({
      parent: host.current,
      text: codeText(doc, language),
      awareness: null,
      language,
      editable: false,
      fontSize: 14,
      onRun: () => undefined,
      onSelection: () => undefined,
    });
    return () => created.destroy();
  }, [doc, language]);

  return (
    <div className="codepad" data-testid="replay-code" data-language={language}>
      <div className="codepad-bar">
        <span className="small">
          <span className="muted">Language</span> {LANGUAGES[language].label}
        </span>
        <span className="badge">Read only</span>
      </div>
      <div className="codepad-editor" ref={host} data-testid="code-editor" />
      <RunOutput run={run} people={people} abandoned={false} idle="No code had been run by this moment." />
    </div>
  );
}
