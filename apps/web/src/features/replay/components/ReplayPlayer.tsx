"use client";

import { type SessionDoc, SessionDocProvider } from "@mockboard/board/react";
import { IDLE_GAP_MS } from "@mockboard/board/replay";
import type { TimelineEntry } from "@mockboard/db/types";
import type { PhaseBand, Surface } from "@mockboard/interview";
import { formatClock, formatMoment } from "@mockboard/interview";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Editor, exportAs } from "tldraw";
import type * as Y from "yjs";
import { SurfaceLayout } from "@/ui/surfaces/SurfaceLayout";
import { SurfaceSwitch } from "@/ui/surfaces/SurfaceSwitch";
import { ReplayHistory } from "../live/replay-history";
import {
  advance,
  eventMarkers,
  idleGaps,
  type Marker,
  neighbourMarker,
  SPEEDS,
  type Speed,
} from "../playback";
import { type ReplayManifest, replayApi } from "../replay-contract";
import type { ReplayItem, ReplayScorecard } from "../replay-items";
import ReplayBoard from "./ReplayBoard";
import { ReplaySidePanel } from "./ReplaySidePanel";
import { ReplayTimeline } from "./ReplayTimeline";

interface Props {
  sessionId: string;
  title: string;
  licenseKey: string | undefined;
  durationMs: number;
  /** From the link's `?t=`; the end (the final board) when absent. */
  initialMs: number | null;
  phases: PhaseBand[];
  timeline: TimelineEntry[];
  notes: ReplayItem[] | null;
  scorecard: ReplayScorecard | null;
  /** What the room showed at the end: the replay opens on it. */
  surface: Surface;
  /** The code pad at the playhead (it reads the document below), or null when the session had no code. */
  code: ReactNode | null;
}

const STEP_MS = 5_000;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return target.type !== "range" && target.type !== "checkbox";
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * The replay: the board (and, for a session with code, the code pad) at the playhead, the
 * timeline under it, phases, notes and scores beside it.
 */
export function ReplayPlayer(props: Props) {
  const { sessionId } = props;
  const [manifest, setManifest] = useState<ReplayManifest | null>(null);
  const [failure, setFailure] = useState<string>();
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [durationMs, setDurationMs] = useState(props.durationMs);
  const [atMs, setAtMs] = useState(() => Math.min(props.initialMs ?? props.durationMs, props.durationMs));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [skipIdle, setSkipIdle] = useState(false);
  const [waiting, setWaiting] = useState(true);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [scorecard, setScorecard] = useState(props.scorecard);
  const [addingEvidence, setAddingEvidence] = useState(false);
  const [copied, setCopied] = useState(false);
  const [shownSeq, setShownSeq] = useState<number | null>(null);
  const [history, setHistory] = useState<ReplayHistory | null>(null);
  const [surface, setSurface] = useState<Surface>(props.code ? props.surface : "board");
  const shownRef = useRef<number | null>(null);
  // The code pad reads the document at the playhead as the room's reads the live one.
  const session = useMemo<SessionDoc>(
    () => ({ doc, awareness: null, status: "live", synced: doc !== null, role: "viewer" }),
    [doc],
  );

  // The timeline and the final board first: the manifest, then the moment asked for.
  useEffect(() => {
    let cancelled = false;
    fetch(replayApi.manifest(sessionId))
      .then(async (response) => {
        if (!response.ok) throw new Error(`Could not load the replay (HTTP ${response.status})`);
        const loaded = (await response.json()) as ReplayManifest;
        if (cancelled) return;
        const created = new ReplayHistory(sessionId, loaded, setDoc);
        setHistory(created);
        setDoc(created.doc);
        setDurationMs(loaded.durationMs);
        setManifest(loaded);
      })
      .catch((cause: Error) => setFailure(cause.message));
    return () => {
      cancelled = true;
    };
  }, [sessionId]);

  // The board follows the playhead; a move that must download first shows a loading state.
  useEffect(() => {
    if (!history || shownRef.current === atMs) return;
    setWaiting(history.needsFetch(atMs));
    history
      .showMoment(atMs)
      .then((current) => {
        if (!current) return;
        shownRef.current = atMs;
        setShownSeq(history.seq);
        setWaiting(false);
        if (playing) history.prefetchAfter(atMs);
      })
      .catch((cause: Error) => setFailure(cause.message));
  }, [atMs, history, playing]);

  const markers = useMemo<Marker[]>(() => {
    const fromNotes = (props.notes ?? []).map((note) => ({
      id: `note-${note.id}`,
      atMs: note.atMs,
      kind: "note" as const,
      label: note.text.slice(0, 140),
    }));
    const fromEvidence = Object.entries(scorecard?.evidence ?? {}).flatMap(([key, items]) =>
      items.flatMap((item, index) =>
        item.atMs === undefined
          ? []
          : [
              {
                id: `evidence-${key}-${index}`,
                atMs: item.atMs,
                kind: "evidence" as const,
                label: item.text.slice(0, 140),
              },
            ],
      ),
    );
    return [...eventMarkers(props.timeline, durationMs), ...fromNotes, ...fromEvidence];
  }, [props.notes, props.timeline, scorecard, durationMs]);

  const gaps = useMemo(
    () =>
      idleGaps(
        manifest?.idleGaps ?? [],
        [...markers.map((marker) => marker.atMs), ...props.phases.map((band) => band.fromMs)],
        IDLE_GAP_MS,
      ),
    [manifest, markers, props.phases],
  );

  // Playing: the playhead moves each frame, and stops at the end.
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const elapsed = now - last;
      last = now;
      setAtMs((current) => {
        const next = advance(current, elapsed, speed, { durationMs, skipIdle, gaps });
        if (next >= durationMs) setPlaying(false);
        return next;
      });
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, skipIdle, gaps, durationMs]);

  // The address holds the moment whenever the playhead rests, so a copied link opens there.
  useEffect(() => {
    if (playing) return;
    const url = new URL(window.location.href);
    url.searchParams.set("t", formatMoment(atMs));
    window.history.replaceState(window.history.state, "", url);
  }, [atMs, playing]);

  const seek = useCallback((to: number) => setAtMs(Math.min(Math.max(0, to), durationMs)), [durationMs]);
  const fit = useCallback(() => editor?.zoomToFit({ animation: { duration: 200 } }), [editor]);

  const startEvidence = useCallback(() => {
    if (!scorecard?.editable) return;
    setPlaying(false);
    setAddingEvidence(true);
  }, [scorecard]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      // tldraw's own shortcuts are off in read-only mode, but keys typed on the canvas reach us too.
      let handled = true;
      if (event.key === " ") setPlaying((value) => !value);
      else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        const direction = event.key === "ArrowLeft" ? -1 : 1;
        if (event.shiftKey) {
          const marker = neighbourMarker(markers, atMs, direction);
          if (marker) seek(marker.atMs);
        } else seek(atMs + direction * STEP_MS);
      } else if (["1", "2", "3", "4"].includes(event.key)) setSpeed(SPEEDS[Number(event.key) - 1] as Speed);
      else if (event.key === "f") fit();
      else if (event.key === "e" && scorecard?.editable) startEvidence();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [atMs, markers, seek, fit, scorecard, startEvidence]);

  async function addEvidence(dimension: string, text: string) {
    if (!scorecard) return;
    const stampedAt = Math.round(atMs);
    const evidence = {
      ...scorecard.evidence,
      [dimension]: [...(scorecard.evidence[dimension] ?? []), { text, atMs: stampedAt }],
    };
    const response = await fetch(`/api/sessions/${sessionId}/scorecard`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        levels: scorecard.levels,
        evidence,
        recommendation: scorecard.recommendation,
        summary: scorecard.summary,
      }),
    });
    if (!response.ok) throw new Error((await response.json().catch(() => ({}))).error ?? "Could not save");
    setScorecard({ ...scorecard, evidence });
  }

  async function exportBoard(format: "png" | "svg") {
    if (!editor) return;
    const ids = [...editor.getCurrentPageShapeIds()];
    if (!ids.length) return;
    await exportAs(editor, ids, {
      format,
      name: `${props.title} at ${formatMoment(atMs)}`,
      background: true,
    });
  }

  async function copyLink() {
    await navigator.clipboard.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  const loading =
    waiting && !failure ? (
      <div className="replay-loading" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the replay at {formatClock(atMs)}…
      </div>
    ) : null;
  const board = (
    <div className="replay-board replay-canvas" data-testid="replay-board" data-seq={shownSeq ?? ""}>
      {failure ? (
        <div className="replay-message alert alert-error" role="alert">
          {failure}
        </div>
      ) : doc ? (
        <ReplayBoard doc={doc} licenseKey={props.licenseKey} onEditor={setEditor} />
      ) : null}
      {props.code ? null : loading}
    </div>
  );

  return (
    <div className="replay">
      <div className="replay-main">
        {props.code ? (
          <div className="replay-stage replay-canvas">
            {loading}
            <SessionDocProvider value={session}>
              <SurfaceLayout
                surface={surface}
                bar={
                  <SurfaceSwitch
                    surface={surface}
                    onChoose={setSurface}
                    caption="Show"
                    legend="What the replay shows"
                  />
                }
                board={board}
                code={props.code}
              />
            </SessionDocProvider>
          </div>
        ) : (
          board
        )}
        <div className="replay-controls" role="toolbar" aria-label="Playback">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setPlaying((value) => !value)}
            aria-keyshortcuts="Space"
          >
            {playing ? "Pause" : "Play"}
          </button>
          <fieldset className="replay-speeds">
            <legend className="sr-only">Speed</legend>
            {SPEEDS.map((option, index) => (
              <button
                key={option}
                type="button"
                className="btn btn-small"
                aria-pressed={speed === option}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => setSpeed(option)}
              >
                {option}x
              </button>
            ))}
          </fieldset>
          <label className="replay-skip">
            <input
              type="checkbox"
              checked={skipIdle}
              onChange={(event) => setSkipIdle(event.target.checked)}
            />{" "}
            Skip idle gaps
          </label>
          <span className="replay-clock" data-testid="replay-clock">
            {formatClock(atMs)} / {formatClock(durationMs)}
          </span>
          <button type="button" className="btn btn-small" onClick={fit} aria-keyshortcuts="f">
            Fit to content
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={copyLink}
            aria-label="Copy link to this moment"
          >
            {copied ? "Link copied" : "Copy link"}
          </button>
          <span className="replay-export">
            <span className="small muted" aria-hidden="true">
              Export
            </span>
            <button
              type="button"
              className="btn btn-small"
              aria-label="Export PNG"
              onClick={() => exportBoard("png")}
              disabled={!editor}
            >
              PNG
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-label="Export SVG"
              onClick={() => exportBoard("svg")}
              disabled={!editor}
            >
              SVG
            </button>
          </span>
        </div>
        <ReplayTimeline
          atMs={atMs}
          durationMs={durationMs}
          phases={props.phases}
          markers={markers}
          lanes={manifest?.lanes ?? []}
          bucketMs={manifest?.bucketMs ?? 1000}
          onSeek={seek}
        />
      </div>
      <ReplaySidePanel
        atMs={atMs}
        playing={playing}
        phases={props.phases}
        notes={props.notes}
        scorecard={scorecard}
        addingEvidence={addingEvidence}
        onAddEvidence={addEvidence}
        onCloseEvidence={() => setAddingEvidence(false)}
        onSeek={seek}
      />
    </div>
  );
}
