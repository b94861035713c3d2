"use client";

import {
  RoomAudioRenderer,
  RoomContext,
  useAudioPlayback,
  useConnectionQualityIndicator,
  useConnectionState,
  useIsSpeaking,
  useLocalParticipant,
  useMediaDeviceSelect,
  useParticipants,
  VideoTrack,
} from "@livekit/components-react";
import { parseVideoParticipantMetadata, type VideoParticipantMetadata } from "@mockboard/protocol";
import {
  ConnectionQuality,
  ConnectionState,
  DisconnectReason,
  type Participant,
  ParticipantEvent,
  Room,
  RoomEvent,
  type RoomOptions,
  Track,
  type TrackPublication,
  VideoPresets,
} from "livekit-client";
import { useEffect, useRef, useState } from "react";
import { mediaErrorMessage } from "../live/local-preview";
import type { MediaChoices } from "../live/preferences";
import { type VideoToken, VideoTokenError } from "../live/video-token";
import {
  CameraIcon,
  ChevronIcon,
  ExpandIcon,
  GearIcon,
  LeaveIcon,
  MicIcon,
  PopOutIcon,
  ScreenIcon,
} from "./icons";

/** How a call ended when it was not this person's own "Leave". */
export interface CallEnd {
  kind: "ended" | "removed" | "duplicate" | "refused" | "failed";
  message: string;
}

export interface VideoCallProps {
  /** The interview rules let this person publish (interviewer, candidate) or only watch. */
  canPublish: boolean;
  /** A token for each (re)connect: the held one while fresh, else a new one. */
  getToken: () => Promise<VideoToken>;
  choices: MediaChoices;
  onChoicesChange: (choices: MediaChoices) => void;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onLeave: () => void;
  onEnd: (end: CallEnd) => void;
}

/** After LiveKit's own reconnection gives up, join again this many times before asking the person. */
const MAX_REJOINS = 6;

function roomOptions(choices: MediaChoices): RoomOptions {
  return {
    // Tiles are small: subscribe to the layer that fits the element, pause what is hidden.
    adaptiveStream: true,
    dynacast: true,
    disconnectOnPageLeave: true,
    audioCaptureDefaults: {
      deviceId: choices.audioDeviceId,
      echoCancellation: true,
      noiseSuppression: true,
    },
    videoCaptureDefaults: { deviceId: choices.videoDeviceId, resolution: VideoPresets.h540.resolution },
    publishDefaults: { simulcast: true, videoSimulcastLayers: [VideoPresets.h180, VideoPresets.h360] },
  };
}

type Phase = "connecting" | "connected" | "rejoining" | "failed";

/**
 * One LiveKit connection for as long as the call is open: connects with a fresh token,
 * publishes the pre-join choices, and joins again (with a new token) when LiveKit's own
 * reconnection gives up. Ends for good when the server closes the room (the session
 * ended), removes this person, or refuses a token.
 */
function useCallConnection(props: VideoCallProps) {
  const [room, setRoom] = useState<Room | null>(null);
  const [phase, setPhase] = useState<Phase>("connecting");
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const failures = useRef(0);

  // Each value of `attempt` is one connection; a new value disconnects the last one.
  useEffect(() => {
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const next = new Room(roomOptions(latest.current.choices));
    setRoom(next);
    setPhase(attempt === 0 ? "connecting" : "rejoining");

    const rejoinLater = () => {
      if (cancelled) return;
      failures.current += 1;
      if (failures.current > MAX_REJOINS) return setPhase("failed");
      setPhase("rejoining");
      retry = setTimeout(() => setAttempt((n) => n + 1), Math.min(8_000, 500 * 2 ** failures.current));
    };
    next.on(RoomEvent.Disconnected, (reason?: DisconnectReason) => {
      if (cancelled) return;
      const end = latest.current.onEnd;
      if (reason === DisconnectReason.ROOM_DELETED)
        return end({ kind: "ended", message: "The call ended with the session." });
      if (reason === DisconnectReason.PARTICIPANT_REMOVED)
        return end({ kind: "removed", message: "You were removed from the call." });
      if (reason === DisconnectReason.DUPLICATE_IDENTITY)
        return end({
          kind: "duplicate",
          message: "You joined the call in another tab or window, so this one left.",
        });
      if (reason === DisconnectReason.CLIENT_INITIATED) return;
      rejoinLater();
    });
    next.on(RoomEvent.Reconnected, () => !cancelled && setPhase("connected"));

    void (async () => {
      try {
        const token = await latest.current.getToken();
        if (cancelled) return;
        await next.connect(token.url, token.token);
        if (cancelled) return;
        failures.current = 0;
        setPhase("connected");
        if (!token.canPublish || !latest.current.canPublish) return;
        const { audio, video } = latest.current.choices;
        const problems: string[] = [];
        await next.localParticipant
          .setMicrophoneEnabled(audio)
          .catch((error) => problems.push(mediaErrorMessage("microphone", error)));
        await next.localParticipant
          .setCameraEnabled(video)
          .catch((error) => problems.push(mediaErrorMessage("camera", error)));
        if (!cancelled) setNotice(problems.length ? problems.join(" ") : null);
      } catch (error) {
        if (cancelled) return;
        if (error instanceof VideoTokenError && !error.transient)
          return latest.current.onEnd({ kind: "refused", message: error.message });
        rejoinLater();
      }
    })();

    return () => {
      cancelled = true;
      clearTimeout(retry);
      next.removeAllListeners();
      // Stops the camera and microphone too: leaving, a closed session or a new attempt.
      void next.disconnect(true);
    };
  }, [attempt]);

  const rejoin = () => {
    failures.current = 0;
    setAttempt((n) => n + 1);
  };
  return { room, phase, notice, setNotice, rejoin };
}

export function VideoCall(props: VideoCallProps) {
  const { room, phase, notice, setNotice, rejoin } = useCallConnection(props);
  if (!room) return null;
  return (
    <RoomContext.Provider value={room}>
      <CallView {...props} room={room} phase={phase} notice={notice} setNotice={setNotice} rejoin={rejoin} />
      {/* Everyone's voice, collapsed or not. */}
      <RoomAudioRenderer />
    </RoomContext.Provider>
  );
}

type Role = VideoParticipantMetadata["role"];
const ROLE_LABEL: Record<Role, string> = {
  interviewer: "interviewer",
  candidate: "candidate",
  observer: "observer",
};

function roleOf(participant: Participant): Role | null {
  return parseVideoParticipantMetadata(participant.metadata)?.role ?? null;
}

function CallView(
  props: VideoCallProps & {
    room: Room;
    phase: Phase;
    notice: string | null;
    setNotice: (notice: string | null) => void;
    rejoin: () => void;
  },
) {
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
  // Someone else's screen is shown large; your own would only mirror itself, so a line says you share.
  const sharing = others.filter(
    (participant) => participant.getTrackPublication(Track.Source.ScreenShare)?.track !== undefined,
  );

  const reconnecting =
    phase === "rejoining" ||
    connection === ConnectionState.Reconnecting ||
    connection === ConnectionState.SignalReconnecting;
  const state =
    phase === "failed"
      ? "failed"
      : reconnecting
        ? "reconnecting"
        : phase === "connected"
          ? "connected"
          : "connecting";
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
        {others.length === 0 ? (
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

type MediaState = "live" | "muted" | "none";

/** What a participant sends right now, re-read whenever one of their tracks changes. */
function useParticipantMedia(participant: Participant) {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((n) => n + 1);
    const events = [
      ParticipantEvent.TrackPublished,
      ParticipantEvent.TrackUnpublished,
      ParticipantEvent.TrackSubscribed,
      ParticipantEvent.TrackUnsubscribed,
      ParticipantEvent.TrackMuted,
      ParticipantEvent.TrackUnmuted,
      ParticipantEvent.LocalTrackPublished,
      ParticipantEvent.LocalTrackUnpublished,
    ] as const;
    for (const event of events) participant.on(event, bump);
    return () => {
      for (const event of events) participant.off(event, bump);
    };
  }, [participant]);
  const stateOf = (publication: TrackPublication | undefined): MediaState =>
    !publication ? "none" : publication.isMuted ? "muted" : publication.track ? "live" : "none";
  const camera = participant.getTrackPublication(Track.Source.Camera);
  const microphone = participant.getTrackPublication(Track.Source.Microphone);
  return { camera, video: stateOf(camera), audio: stateOf(microphone) };
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

const QUALITY_LABEL: Record<ConnectionQuality, string> = {
  [ConnectionQuality.Excellent]: "excellent",
  [ConnectionQuality.Good]: "good",
  [ConnectionQuality.Poor]: "poor",
  [ConnectionQuality.Lost]: "lost",
  [ConnectionQuality.Unknown]: "unknown",
};

function QualityBars({ quality }: { quality: ConnectionQuality }) {
  const level = { excellent: 3, good: 2, poor: 1, lost: 0, unknown: 0 }[QUALITY_LABEL[quality]] ?? 0;
  const label = `Connection ${QUALITY_LABEL[quality]}`;
  return (
    <span
      className={`vd-quality vd-quality-${QUALITY_LABEL[quality]}`}
      title={label}
      role="img"
      aria-label={label}
    >
      {[1, 2, 3].map((bar) => (
        <span key={bar} className={bar <= level ? "on" : undefined} style={{ height: `${bar * 3 + 2}px` }} />
      ))}
    </span>
  );
}

function Tile(props: { participant: Participant; local: boolean; focused: boolean; onFocus: () => void }) {
  const { participant, local } = props;
  const media = useParticipantMedia(participant);
  const speaking = useIsSpeaking(participant);
  const { quality } = useConnectionQualityIndicator({ participant });
  const videoRef = useRef<HTMLVideoElement>(null);
  const role = roleOf(participant);
  const name = participant.name || participant.identity;
  const showVideo = media.video === "live" && media.camera;

  const popOut = async () => {
    const video = videoRef.current;
    if (!video) return;
    if (document.pictureInPictureElement === video) await document.exitPictureInPicture();
    else await video.requestPictureInPicture().catch(() => undefined);
  };

  return (
    <figure
      className={`vd-tile${speaking ? " vd-speaking" : ""}${props.focused ? " vd-tile-focused" : ""}`}
      data-testid="video-tile"
      data-identity={participant.identity}
      data-local={local}
      data-video={media.video}
      data-audio={media.audio}
      data-speaking={speaking}
      data-quality={QUALITY_LABEL[quality]}
    >
      {showVideo && media.camera ? (
        <VideoTrack
          ref={videoRef}
          trackRef={{ participant, publication: media.camera, source: Track.Source.Camera }}
          className={local ? "vd-mirror" : undefined}
          muted
        />
      ) : (
        <span className="vd-avatar" aria-hidden="true">
          {initials(name)}
        </span>
      )}
      <button
        type="button"
        className="vd-tile-hit"
        aria-label={props.focused ? `Show both videos at the same size` : `Make ${name}'s video larger`}
        onClick={props.onFocus}
      />
      <figcaption>
        {media.audio !== "live" ? (
          <span className="vd-muted" title="Microphone muted" role="img" aria-label="Microphone muted">
            <MicIcon off />
          </span>
        ) : null}
        <span className="vd-name">
          {local ? "You" : name}
          {role && !local ? <span className="vd-role"> · {ROLE_LABEL[role]}</span> : null}
        </span>
        <QualityBars quality={quality} />
      </figcaption>
      {!local && showVideo && typeof document !== "undefined" && document.pictureInPictureEnabled ? (
        <button
          type="button"
          className="vd-corner"
          aria-label={`Pop out ${name}'s video into a window you can move`}
          title="Pop out (a window you can move anywhere)"
          onClick={() => void popOut()}
        >
          <PopOutIcon />
        </button>
      ) : null}
    </figure>
  );
}

function ScreenTile({ participant }: { participant: Participant }) {
  const publication = participant.getTrackPublication(Track.Source.ScreenShare);
  const figure = useRef<HTMLElement>(null);
  if (!publication?.track) return null;
  const name = `${participant.name || participant.identity}'s`;
  return (
    <figure
      ref={figure}
      className="vd-tile vd-screen"
      data-testid="video-screen"
      data-identity={participant.identity}
    >
      <VideoTrack trackRef={{ participant, publication, source: Track.Source.ScreenShare }} muted />
      <figcaption>
        <span className="vd-name">{name} screen</span>
      </figcaption>
      <button
        type="button"
        className="vd-corner"
        aria-label={`Show ${name} screen full screen`}
        title="Full screen"
        onClick={() => void figure.current?.requestFullscreen().catch(() => undefined)}
      >
        <ExpandIcon />
      </button>
    </figure>
  );
}

function PersonChip({ participant, local }: { participant: Participant; local: boolean }) {
  const media = useParticipantMedia(participant);
  const speaking = useIsSpeaking(participant);
  return (
    <li
      className={`vd-chip${speaking ? " vd-speaking" : ""}`}
      data-testid="video-person"
      data-identity={participant.identity}
      data-audio={media.audio}
      data-speaking={speaking}
    >
      <span className="vd-speaking-dot" aria-hidden="true" />
      {local ? "You" : participant.name || participant.identity}
      {media.audio !== "live" ? (
        <span className="vd-muted" role="img" aria-label="muted">
          <MicIcon off />
        </span>
      ) : null}
    </li>
  );
}

function DeviceSelect({ kind, label, room }: { kind: MediaDeviceKind; label: string; room: Room }) {
  const { devices, activeDeviceId, setActiveMediaDevice } = useMediaDeviceSelect({ kind, room });
  if (devices.length === 0) return null;
  return (
    <label className="vd-device">
      <span>{label}</span>
      <select
        value={activeDeviceId}
        onChange={(event) => void setActiveMediaDevice(event.target.value).catch(() => undefined)}
      >
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || `${label} ${index + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}

function DeviceSettings({ room, canPublish }: { room: Room; canPublish: boolean }) {
  return (
    <div className="vd-settings">
      {canPublish ? <DeviceSelect kind="videoinput" label="Camera" room={room} /> : null}
      {canPublish ? <DeviceSelect kind="audioinput" label="Microphone" room={room} /> : null}
      <DeviceSelect kind="audiooutput" label="Speaker" room={room} />
    </div>
  );
}
