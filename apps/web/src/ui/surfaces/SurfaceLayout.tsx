"use client";

import type { Surface } from "@mockboard/interview";
import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useNarrowScreen } from "./use-narrow-screen";
import "./surfaces.css";

const SPLIT_KEY = "mockboard.surface-split";
const MIN_SPLIT = 0.2;
const MAX_SPLIT = 0.8;

const clamp = (value: number) => Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, value));

function storedSplit(): number {
  const value = Number(globalThis.localStorage?.getItem(SPLIT_KEY));
  return Number.isFinite(value) && value > 0 ? clamp(value) : 0.5;
}

/**
 * Two surfaces (the room's and the replay's): the board, the code pad, or both side by side with
 * a divider that drags (or moves with the arrow keys) and is remembered in this browser.
 * `surface` decides what shows; on a narrow screen one surface shows at a time, with a switch between
 * them that starts on the session's choice. The code pad mounts the first time it shows (its
 * editor and runtimes load only then) and stays mounted, hidden, when the board is chosen.
 */
export function SurfaceLayout(props: {
  surface: Surface;
  board: ReactNode;
  code: ReactNode;
  bar: ReactNode;
}) {
  const narrow = useNarrowScreen();
  const [phoneShows, setPhoneShows] = useState<"board" | "code">(
    props.surface === "board" ? "board" : "code",
  );
  const [split, setSplit] = useState(0.5);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => setSplit(storedSplit()), []);
  // A new choice by the interviewer is shown on phones too.
  useEffect(() => setPhoneShows(props.surface === "board" ? "board" : "code"), [props.surface]);

  const shows = narrow
    ? { board: phoneShows === "board", code: phoneShows === "code" }
    : { board: props.surface !== "code", code: props.surface !== "board" };
  const [codeOpened, setCodeOpened] = useState(shows.code);
  useEffect(() => {
    if (shows.code) setCodeOpened(true);
  }, [shows.code]);
  const sideBySide = shows.board && shows.code;

  const keep = (value: number) => {
    const next = clamp(value);
    setSplit(next);
    globalThis.localStorage?.setItem(SPLIT_KEY, String(next));
  };
  const drag = (event: PointerEvent<HTMLDivElement>) => {
    const box = container.current?.getBoundingClientRect();
    if (!box || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    keep((event.clientX - box.left) / box.width);
  };
  const nudge = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, number> = { ArrowLeft: -0.05, ArrowRight: 0.05 };
    if (event.key in steps) keep(split + (steps[event.key] ?? 0));
    else if (event.key === "Home") keep(MIN_SPLIT);
    else if (event.key === "End") keep(MAX_SPLIT);
    else return;
    event.preventDefault();
  };

  return (
    <div className="surfaces-frame">
      <div className="surfaces-bar">
        {narrow ? (
          <fieldset className="segmented">
            <legend className="sr-only">Show</legend>
            {(["board", "code"] as const).map((surface) => (
              <button
                key={surface}
                type="button"
                aria-pressed={phoneShows === surface}
                onClick={() => setPhoneShows(surface)}
              >
                {surface === "board" ? "Board" : "Code"}
              </button>
            ))}
          </fieldset>
        ) : null}
        {props.bar}
      </div>
      <div
        ref={container}
        className="surfaces"
        data-surface={props.surface}
        style={
          sideBySide
            ? { gridTemplateColumns: `minmax(0, ${split}fr) 0.6rem minmax(0, ${1 - split}fr)` }
            : undefined
        }
      >
        <div className="surface" data-testid="board-surface" hidden={!shows.board}>
          {props.board}
        </div>
        {sideBySide ? (
          // biome-ignore lint/a11y/useSemanticElements: a focusable splitter between two panes is the ARIA separator pattern, which <hr> cannot be
          <div
            className="surface-divider"
            role="separator"
            aria-orientation="vertical"
            aria-label="Resize the board and the code"
            aria-valuemin={MIN_SPLIT * 100}
            aria-valuemax={MAX_SPLIT * 100}
            aria-valuenow={Math.round(split * 100)}
            tabIndex={0}
            onKeyDown={nudge}
            onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
            onPointerMove={drag}
          />
        ) : null}
        <div className="surface" data-testid="code-surface" hidden={!shows.code}>
          {codeOpened ? props.code : null}
        </div>
      </div>
    </div>
  );
}
