"use client";

import {
  useAudioPlayback,
  useConnectionState,
  useLocalParticipant,
  useParticipants,
} from "@livekit/components-react";
import { type Room, Track } from "livekit-client";
import { useState } from "react";
import { departureState, departureText } from "../live/departures";
import { mediaErrorMessage } from "../live/local-preview";
import { roleOf } from "../live/participant-media";
import type { MediaChoices } from "../live/preferences";
import { type CallPhase, callState } from "../live/rejoin";
import { useDepartures } from "../live/use-departures";
import { DeviceSettings } from "./DeviceSettings";
import { CameraIcon, ChevronIcon, GearIcon, LeaveIcon, MicIcon, ScreenIcon } from "./icons";
import { PersonChip } from "./PersonChip";
import { ScreenTile } from "./ScreenTile";
import { Tile } from "./Tile";

export interface CallViewProps {
  room: Room;
  phase: CallPhase;
  notice: string | null;
  setNotice: (notice: string | null) => void;
  rejoin: () => void;
  canPublish: boolean;
  choices: MediaChoices;
  onChoicesChange: (choices: MediaChoices) => void;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onLeave: () => void;
}

/** The call as the person sees it: a bar of people when collapsed, else tiles, banners and controls. */
export function CallView(props: CallViewProps) {
  const { room, phase, collapsed, canPublish } = props;
  const connection = useConnectionState(room);
  const participants = useParticipants();
  const local = useLocalParticipant();
  const { canPlayAudio, startAudio } = useAudioPlayback(room);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);

  const me = room.localParticipant;
  // The two people in the interview get tiles, the other person first; observers are named.
  const publishers = participants
    .filter((participant) => roleOf(participant) !== "observer" && (participant !== me || canPublish))
    .sort((a, b) => Number(a === me) - Number(b === me));
  const watchers = participants.filter(
    (participant) => participant !== me && roleOf(participant) === "observer",
  );
  const others = publishers.filter((participant) => participant !== me);
  // Who dropped out and is not back: the other side is told, rather than "not joined yet".
  const now = Date.now();
  const away = useDepartures(room).filter(
    (departure) => !others.some((participant) => participant.identity === departure.identity),
  );
  // Someone else's screen is shown large; your own would only mirror itself, so a line says you share.
  const sharing = others.filter(
    (participant) => participant.getTrackPublication(Track.Source.ScreenShare)?.track !== undefined,
  );

  const state = callState(phase, connection);
  const statusText = {
    connecting: "Connecting…",
    reconnecting: "Reconnecting…",
    connected: canPublish ? "In the call" : "Watching · not seen or heard",
    failed: "The connection was lost",
  }[state];

  const toggle = async (source: "microphone" | "camera" | "screen") => {
    const participant = room.localParticipant;
    try {
      if (source === "microphone") {
        const on = !participant.isMicrophoneEnabled;
        await participant.setMicrophoneEnabled(on);
        props.onChoicesChange({ ...props.choices, audio: on });
      } else if (source === "camera") {
        const on = !participant.isCameraEnabled;
        await participant.setCameraEnabled(on);
        props.onChoicesChange({ ...props.choices, video: on });
      } else {
        await participant.setScreenShareEnabled(!participant.isScreenShareEnabled, { audio: true });
      }
      props.setNotice(null);
    } catch (error) {
      // Cancelling the browser's screen picker is not a problem worth a message.
      if ((error as { name?: string }).name === "NotAllowedError" && source === "screen") return;
      props.setNotice(mediaErrorMessage(source === "screen" ? "camera" : source, error));
    }
  };

  const controls = canPublish ? (
    <>
      <button
        type="button"
        className="vd-toggle"
        aria-pressed={!local.isMicrophoneEnabled}
        aria-label={local.isMicrophoneEnabled ? "Mute microphone" : "Unmute microphone"}
        title={local.isMicrophoneEnabled ? "Mute" : "Unmute"}
        onClick={() => void toggle("microphone")}
        data-testid="video-mic"
      >
        <MicIcon off={!local.isMicrophoneEnabled} />
      </button>
      <button
        type="button"
        className="vd-toggle"
        aria-pressed={!local.isCameraEnabled}
        aria-label={local.isCameraEnabled ? "Turn camera off" : "Turn camera on"}
        title={local.isCameraEnabled ? "Camera off" : "Camera on"}
        onClick={() => void toggle("camera")}
        data-testid="video-camera"
      >
        <CameraIcon off={!local.isCameraEnabled} />
      </button>
    </>
  ) : null;

  if (collapsed) {
    return (
      <section
        className="vd-call vd-collapsed"
        aria-label="Video call"
        data-testid="video-call"
        data-state={state}
      >
        <span className={`vd-status-dot vd-${state}`} aria-hidden="true" />
        <ul className="vd-people" aria-label="People in the call">
          {publishers.map((participant) => (
            <PersonChip key={participant.identity} participant={participant} local={participant === me} />
          ))}
        </ul>
        <span className="vd-sr" role="status">
          {statusText}
        </span>
        {away.map((departure) => (
          <span
            key={departure.identity}
            className="vd-away-note"
            data-testid="video-away"
            data-state={departureState(departure, now)}
          >
            {departureText(departure, now)}
          </span>
        ))}
        <div className="vd-bar-end">
          {controls}
          <button
            type="button"
            className="vd-toggle"
            aria-label="Show video"
            title="Show video"
            onClick={() => props.onCollapsedChange(false)}
          >
            <ChevronIcon />
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="vd-call" aria-label="Video call" data-testid="video-call" data-state={state}>
      <div className="vd-head">
        <span className={`vd-status-dot vd-${state}`} aria-hidden="true" />
        <span className="vd-status" role="status">
          {statusText}
        </span>
        {watchers.length ? (
          <span className="vd-watchers" title="Observers see and hear the interview; they do not speak">
            {watchers.length === 1 ? `${watchers[0]?.name} watching` : `${watchers.length} watching`}
          </span>
        ) : null}
        <button
          type="button"
          className="vd-icon-button"
          aria-label="Hide video (audio continues)"
          title="Hide video (audio continues)"
          onClick={() => props.onCollapsedChange(true)}
        >
          <ChevronIcon up />
        </button>
      </div>
      {sharing.map((participant) => (
        <ScreenTile key={`${participant.identity}-screen`} participant={participant} />
      ))}
      {local.isScreenShareEnabled ? (
        <div className="vd-banner vd-sharing" role="status">
          <ScreenIcon />
          <span>You are sharing your screen.</span>
          <button type="button" className="btn btn-small" onClick={() => void toggle("screen")}>
            Stop sharing
          </button>
        </div>
      ) : null}
      <div className={`vd-tiles${focus ? " vd-focused" : ""}`}>
        {publishers.map((participant) => (
          <Tile
            key={participant.identity}
            participant={participant}
            local={participant === me}
            focused={focus === participant.identity}
            onFocus={() =>
              setFocus((current) => (current === participant.identity ? null : participant.identity))
            }
          />
        ))}
        {away.map((departure) => (
          <div
            key={departure.identity}
            className="vd-tile vd-empty-tile vd-away"
            data-testid="video-away"
            data-state={departureState(departure, now)}
            role="status"
          >
            {departureState(departure, now) === "reconnecting" ? (
              <span className="spinner" aria-hidden="true" />
            ) : null}
            <span>{departureText(departure, now)}</span>
          </div>
        ))}
        {others.length === 0 && away.length === 0 ? (
          <div className="vd-tile vd-empty-tile">
            <span>{state === "connected" ? "The other person has not joined video yet" : "…"}</span>
          </div>
        ) : null}
      </div>
      {state === "reconnecting" || state === "failed" ? (
        <div className="vd-banner" role="alert">
          {state === "failed" ? (
            <>
              The connection to the video server was lost.{" "}
              <button type="button" className="btn btn-small" onClick={props.rejoin}>
                Rejoin
              </button>
            </>
          ) : (
            <>
              <span className="spinner" aria-hidden="true" />
              <span>Connection lost: reconnecting, the call resumes by itself.</span>
            </>
          )}
        </div>
      ) : null}
      {!canPlayAudio ? (
        <div className="vd-banner">
          The browser paused the call's sound.{" "}
          <button type="button" className="btn btn-small" onClick={() => void startAudio()}>
            Play sound
          </button>
        </div>
      ) : null}
      {props.notice ? (
        <p className="vd-problem" role="alert">
          {props.notice}
        </p>
      ) : null}
      <div className="vd-bar">
        {controls}
        {canPublish ? (
          <button
            type="button"
            className="vd-toggle"
            aria-pressed={local.isScreenShareEnabled}
            aria-label={local.isScreenShareEnabled ? "Stop sharing your screen" : "Share your screen"}
            title={local.isScreenShareEnabled ? "Stop sharing" : "Share screen"}
            onClick={() => void toggle("screen")}
          >
            <ScreenIcon off={local.isScreenShareEnabled} />
          </button>
        ) : null}
        <button
          type="button"
          className="vd-toggle"
          aria-expanded={settingsOpen}
          aria-label="Devices"
          title="Camera, microphone and speaker"
          onClick={() => setSettingsOpen((open) => !open)}
        >
          <GearIcon />
        </button>
        <button type="button" className="vd-leave" onClick={props.onLeave} data-testid="video-leave">
          <LeaveIcon /> Leave
        </button>
      </div>
      {settingsOpen ? <DeviceSettings room={room} canPublish={canPublish} /> : null}
    </section>
  );
}
