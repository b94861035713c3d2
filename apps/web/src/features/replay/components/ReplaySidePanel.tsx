"use client";

import { formatClock, type PhaseBand } from "@mockboard/interview";
import { useEffect, useRef } from "react";
import { currentItem } from "../playback";
import type { ReplayItem, ReplayScorecard } from "../replay-items";
import { EvidenceForm } from "./EvidenceForm";

interface Props {
  atMs: number;
  playing: boolean;
  phases: PhaseBand[];
  notes: ReplayItem[] | null;
  scorecard: ReplayScorecard | null;
  /** Set while the interviewer is adding evidence at the playhead (the `e` key). */
  addingEvidence: boolean;
  onAddEvidence(dimension: string, text: string): Promise<void>;
  onCloseEvidence(): void;
  onSeek(atMs: number): void;
}

function Moment({
  item,
  current,
  onSeek,
}: {
  item: ReplayItem;
  current: boolean;
  onSeek(atMs: number): void;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: "nearest" });
  }, [current]);
  return (
    <li
      ref={ref}
      className={current ? "replay-item replay-item-current" : "replay-item"}
      aria-current={current}
    >
      <button type="button" className="replay-item-time" onClick={() => onSeek(item.atMs)}>
        <span className="sr-only">Go to </span>
        {formatClock(item.atMs)}
      </button>
      <span className="replay-item-text">
        {item.dimension ? <span className="badge">{item.dimension}</span> : null} {item.text}
      </span>
    </li>
  );
}

function evidenceItems(scorecard: ReplayScorecard): ReplayItem[] {
  const titles = new Map(scorecard.dimensions.map((dimension) => [dimension.key, dimension.title]));
  return Object.entries(scorecard.evidence).flatMap(([key, items]) =>
    items.flatMap((item, index) =>
      item.atMs === undefined
        ? []
        : [{ id: `${key}-${index}`, atMs: item.atMs, text: item.text, dimension: titles.get(key) ?? key }],
    ),
  );
}

/** Phases, notes and the scorecard beside the board; the item at the playhead is highlighted. */
export function ReplaySidePanel(props: Props) {
  const { atMs, phases, notes, scorecard, onSeek } = props;
  const phaseItems = phases.map((band) => ({
    id: `phase-${band.fromMs}`,
    atMs: band.fromMs,
    text: `${band.title} (${formatClock(band.toMs - band.fromMs)} of ${formatClock(band.plannedMs)} planned)`,
  }));
  const evidence = scorecard ? evidenceItems(scorecard).sort((a, b) => a.atMs - b.atMs) : [];
  const currentPhase = currentItem(phaseItems, atMs);
  const currentNote = notes ? currentItem(notes, atMs) : null;
  const currentEvidence = currentItem(evidence, atMs);

  return (
    <aside className="replay-side" aria-label="Phases, notes and scores">
      <section>
        <h2>Phases</h2>
        {phaseItems.length ? (
          <ol className="replay-items">
            {phaseItems.map((item) => (
              <Moment key={item.id} item={item} current={item === currentPhase} onSeek={onSeek} />
            ))}
          </ol>
        ) : (
          <p className="muted small">No phases were run.</p>
        )}
      </section>
      {notes ? (
        <section>
          <h2>Notes</h2>
          {notes.length ? (
            <ol className="replay-items" data-testid="replay-notes">
              {notes.map((item) => (
                <Moment key={item.id} item={item} current={item === currentNote} onSeek={onSeek} />
              ))}
            </ol>
          ) : (
            <p className="muted small">No notes.</p>
          )}
        </section>
      ) : null}
      {scorecard ? (
        <section>
          <h2>Scorecard</h2>
          {scorecard.editable ? (
            props.addingEvidence ? (
              <EvidenceForm
                atMs={atMs}
                dimensions={scorecard.dimensions}
                onSave={props.onAddEvidence}
                onClose={props.onCloseEvidence}
              />
            ) : (
              <p className="muted small">
                Press <kbd>e</kbd> to add evidence at the playhead.
              </p>
            )
          ) : null}
          <dl className="replay-levels">
            {scorecard.dimensions.map((dimension) => (
              <div key={dimension.key}>
                <dt>{dimension.title}</dt>
                <dd>
                  {dimension.key in scorecard.levels
                    ? (scorecard.levels[dimension.key] ?? "not observed")
                    : "not scored"}
                </dd>
              </div>
            ))}
          </dl>
          {evidence.length ? (
            <ol className="replay-items" data-testid="replay-evidence">
              {evidence.map((item) => (
                <Moment key={item.id} item={item} current={item === currentEvidence} onSeek={onSeek} />
              ))}
            </ol>
          ) : (
            <p className="muted small">No evidence with a moment yet.</p>
          )}
          {scorecard.recommendation ? (
            <p>
              <strong>Recommendation:</strong> {scorecard.recommendation.replace("_", " ").toLowerCase()}
            </p>
          ) : null}
          {scorecard.summary ? <p className="replay-summary">{scorecard.summary}</p> : null}
        </section>
      ) : null}
    </aside>
  );
}
