"use client";

import type { SessionStatus } from "@mockboard/db/types";
import dynamic from "next/dynamic";
import { type ReactNode, useEffect, useRef, useState } from "react";
import {
  loadChoices,
  loadCollapsed,
  type MediaChoices,
  rememberInCall,
  saveChoices,
  saveCollapsed,
  wasInCall,
} from "../live/preferences";
import type { CallEnd } from "../live/rejoin";
import { useVideoToken } from "../live/video-token";
import type { VideoOff } from "../video-contract";
import { PreJoin } from "./PreJoin";
import { PreJoinPlaceholder } from "./PreJoinPlaceholder";

// livekit-client is only needed once someone joins: the room page does not pay for it before.
const VideoCall = dynamic(() => import("./VideoCall").then((module) => module.VideoCall), {
  ssr: false,
  loading: () => (
    <p className="vd-note" role="status">
      <span className="spinner" aria-hidden="true" /> Connecting…
    </p>
  ),
});

export interface VideoDockProps {
  sessionId: string;
  /** The interview rules' video right now; the room page passes the current one after every status change. */
  access: "publish" | "subscribe" | "none";
  status: SessionStatus;
  /** Set when this server has no LiveKit: why, and how to turn it on. */
  off: VideoOff | null;
}

type Stage =
  | { kind: "prejoin"; after?: string }
  | { kind: "call"; choices: MediaChoices }
  | { kind: "over"; end: CallEnd };

function Notice(props: { title: string; children?: ReactNode; state: string }) {
  return (
    <section
      className="vd-dock vd-notice"
      aria-label="Video"
      data-testid="video-dock"
      data-state={props.state}
    >
      <p className="vd-note">
        <strong>{props.title}</strong>
        {props.children}
      </p>
    </section>
  );
}

/** Server messages mark commands with backticks (`npm start`): shown as code. */
function withCode(text: string): ReactNode[] {
  return text.split("`").map((part, index) => (index % 2 === 1 ? <code key={part}>{part}</code> : part));
}

function closedMessage(status: SessionStatus): string {
  if (status === "COMPLETED") return "Video ended with the session.";
  if (status === "CANCELLED") return "This session was cancelled; video is closed.";
  return "Video opens for observers when the interview starts.";
}

/**
 * The room's video and audio, docked above the side panels: a pre-join check, then the
 * call (tiles for both people, mute, camera, screen share, devices), collapsible to one
 * line while the sound goes on. When the session ends the page passes `access="none"`:
 * the call unmounts, which disconnects and stops camera and microphone.
 */
export function VideoDock({ sessionId, access, status, off }: VideoDockProps) {
  const enabled = access !== "none" && !off;
  const { token, error, fresh } = useVideoToken(sessionId, enabled);
  const [stage, setStage] = useState<Stage>({ kind: "prejoin" });
  const [choices, setChoices] = useState<MediaChoices | null>(null);
  const [collapsed, setCollapsed] = useState(false);

  // Remembered choices live in this browser's storage, read after hydration. Someone who was
  // in the call when this tab reloaded goes straight back into it, with the same devices.
  const resumed = useRef(false);
  useEffect(() => {
    const remembered = loadChoices();
    setChoices(remembered);
    setCollapsed(loadCollapsed());
    if (resumed.current || access === "none" || off || !wasInCall(sessionId)) return;
    resumed.current = true;
    setStage({ kind: "call", choices: access === "publish" ? remembered : { audio: false, video: false } });
  }, [access, off, sessionId]);

  // In the call: a reload resumes it. Left on purpose or over: a reload starts at the camera check.
  useEffect(() => {
    if (stage.kind === "call") rememberInCall(sessionId, true);
    else if (stage.kind === "over" || stage.after) rememberInCall(sessionId, false);
  }, [stage, sessionId]);

  if (off)
    return (
      <Notice title={off.reason} state="unavailable">
        {" "}
        {withCode(off.howToEnable)}
      </Notice>
    );
  if (access === "none") return <Notice title={closedMessage(status)} state="closed" />;
  if (error && !error.transient && stage.kind !== "over")
    return (
      <Notice title="Video is unavailable." state="refused">
        {" "}
        {withCode(error.message)}
      </Notice>
    );

  const canPublish = access === "publish";
  const remember = (next: MediaChoices) => {
    setChoices(next);
    saveChoices(next);
  };

  if (stage.kind === "call")
    return (
      <div className="vd-dock" data-testid="video-dock" data-state="call">
        <VideoCall
          canPublish={canPublish}
          getToken={fresh}
          choices={stage.choices}
          onChoicesChange={(next) => {
            remember(next);
            setStage({ kind: "call", choices: next });
          }}
          collapsed={collapsed}
          onCollapsedChange={(next) => {
            setCollapsed(next);
            saveCollapsed(next);
          }}
          onLeave={() => setStage({ kind: "prejoin", after: "You left the call." })}
          onEnd={(end) => setStage({ kind: "over", end })}
        />
      </div>
    );

  const rejoinable = stage.kind === "over" && stage.end.kind !== "ended";
  if (stage.kind === "over" && !rejoinable) return <Notice title={stage.end.message} state="ended" />;

  return (
    <section className="vd-dock" aria-label="Video" data-testid="video-dock" data-state="prejoin">
      {stage.kind === "over" ? (
        <p className="vd-note">{stage.end.message}</p>
      ) : stage.after ? (
        <p className="vd-note">{stage.after}</p>
      ) : null}
      {error?.transient ? (
        <p className="vd-problem" role="status">
          {error.message}
        </p>
      ) : null}
      {canPublish ? (
        choices ? (
          <PreJoin
            initial={choices}
            ready={token !== null}
            onJoin={(picked) => {
              remember(picked);
              setStage({ kind: "call", choices: picked });
            }}
          />
        ) : (
          <PreJoinPlaceholder />
        )
      ) : (
        <div className="vd-watch">
          <p className="vd-note">
            Watch and listen to the interview. Nobody sees or hears you; your camera and microphone stay off.
          </p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={token === null}
            onClick={() => setStage({ kind: "call", choices: { audio: false, video: false } })}
            data-testid="video-join"
          >
            {token ? "Watch" : "Preparing…"}
          </button>
        </div>
      )}
    </section>
  );
}
