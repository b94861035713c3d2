"use client";

import { formatClock } from "@mockboard/interview";
import { useState } from "react";
import { quoteCode, useCodeSelection } from "@/ui/code-selection";
import { MomentTime } from "@/ui/MomentTime";
import { useSessionClock } from "@/ui/SessionClock";
import type { EvidenceItemDto } from "../scorecard-types";

/**
 * A dimension's evidence: what the candidate reads beside the level once feedback is
 * released. Each item can be edited or removed until then; items copied from the
 * interviewer's private notes say so, so no note reaches the candidate unnoticed.
 */
export function EvidenceList(props: {
  dimensionTitle: string;
  /** During the interview, evidence points at the moment it was added (session time). */
  stampTime: boolean;
  /** After the end: each time links to its moment in the replay of this session. */
  replaySessionId?: string;
  items: EvidenceItemDto[];
  onChange: (items: EvidenceItemDto[]) => void;
}) {
  const [text, setText] = useState("");
  const clock = useSessionClock();
  const selection = useCodeSelection();
  const append = (item: string) => {
    const atMs = props.stampTime ? (clock.sessionTime() ?? undefined) : undefined;
    props.onChange([...props.items, atMs === undefined ? { text: item } : { text: item, atMs }]);
  };
  const add = () => {
    if (!text.trim()) return;
    append(text.trim());
    setText("");
  };
  const edit = (index: number, next: string) =>
    props.onChange(props.items.map((item, other) => (other === index ? { ...item, text: next } : item)));
  const fromNotes = props.items.filter((item) => item.noteId).length;

  return (
    <div className="evidence">
      <p className="evidence-head small">
        <strong>Evidence</strong>{" "}
        <span className="muted">· the candidate reads it once you release feedback</span>
      </p>
      {fromNotes ? (
        <p className="evidence-warning small" role="note">
          {fromNotes === 1 ? "One item was copied" : `${fromNotes} items were copied`} from your private
          notes. Edit or remove {fromNotes === 1 ? "it" : "them"} before you submit if the candidate should
          not read {fromNotes === 1 ? "it" : "them"}.
        </p>
      ) : null}
      <ul>
        {props.items.map((item, index) => {
          const when = item.atMs !== undefined ? formatClock(item.atMs) : null;
          return (
            // Items have no id of their own; the index keeps a field focused while its text changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is edited in place
            <li key={index} className={item.noteId ? "evidence-item from-note" : "evidence-item"}>
              <div className="evidence-meta">
                {item.atMs !== undefined ? (
                  <MomentTime atMs={item.atMs} sessionId={props.replaySessionId} />
                ) : null}
                {item.noteId ? <span className="tag tag-from-note">From your note</span> : null}
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  aria-label={`Remove evidence: ${item.text.slice(0, 40)}`}
                  onClick={() => props.onChange(props.items.filter((_, other) => other !== index))}
                >
                  Remove
                </button>
              </div>
              <textarea
                className="evidence-text"
                rows={Math.min(5, Math.max(1, Math.ceil(item.text.length / 45)))}
                value={item.text}
                aria-label={`Evidence for ${props.dimensionTitle}${when ? ` at ${when}` : ""}${item.noteId ? ", copied from your note" : ""}`}
                onChange={(event) => edit(index, event.target.value)}
              />
            </li>
          );
        })}
      </ul>
      <div className="evidence-add">
        <input
          value={text}
          placeholder="Add evidence"
          aria-label={`Add evidence for ${props.dimensionTitle}`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="btn btn-small" onClick={add} disabled={!text.trim()}>
          Add
        </button>
        {selection ? (
          <button
            type="button"
            className="btn btn-small"
            title="The lines selected in the code pad, stamped with this moment"
            onClick={() => append(quoteCode(selection))}
          >
            Quote code
          </button>
        ) : null}
      </div>
    </div>
  );
}
