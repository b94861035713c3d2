"use client";

import type { ConnectionStatus } from "@mockboard/board";
import type { RoomConnection } from "../live/connection-state";
import type { FeedStatus } from "../live/use-room-state";

const COPY: Record<RoomConnection, { label: string; hint: string; loud: boolean }> = {
  good: { label: "Connected", hint: "Changes sync as you make them", loud: false },
  connecting: { label: "Connecting…", hint: "Opening the board and the room's live updates", loud: false },
  reconnecting: {
    label: "Reconnecting…",
    hint: "The room's live updates dropped: they resume by themselves",
    loud: true,
  },
  offline: {
    label: "Offline",
    hint: "Your drawing and notes are kept here and sync when the connection returns",
    loud: true,
  },
  refused: { label: "No access", hint: "The board refused this connection", loud: true },
  stopped: {
    label: "Updates stopped",
    hint: "This room no longer sends you live updates (signed out, or no longer part of this session): reload to check",
    loud: true,
  },
};

/**
 * The room's one connection indicator, beside the interview's stage but not in its words: a
 * quiet dot while all is well, a warning badge when it is not. `data-status` is the board's
 * own connection (tests and benchmarks wait for "live"), `data-feed` the live feed's.
 */
export function ConnectionIndicator(props: {
  connection: RoomConnection;
  feed: FeedStatus;
  board: ConnectionStatus | null;
  detail?: string;
}) {
  const copy = COPY[props.connection];
  return (
    <span
      className={copy.loud ? "badge badge-warn connection" : "connection connection-quiet"}
      role="status"
      aria-live="polite"
      title={props.detail ?? copy.hint}
      data-testid="connection"
      data-state={props.connection}
      data-status={props.board ?? undefined}
      data-feed={props.feed}
    >
      {copy.loud ? null : (
        <span className={`connection-dot connection-${props.connection}`} aria-hidden="true" />
      )}
      {copy.label}
    </span>
  );
}
