"use client";

import { Room, RoomEvent, type RoomOptions, VideoPresets } from "livekit-client";
import { useEffect, useRef, useState } from "react";
import { mediaErrorMessage } from "./local-preview";
import type { MediaChoices } from "./preferences";
import { afterDisconnect, type CallEnd, type CallPhase, rejoinDelay } from "./rejoin";
import { type VideoToken, VideoTokenError } from "./video-token";

export interface CallConnectionOptions {
  /** The interview rules let this person publish (interviewer, candidate) or only watch. */
  canPublish: boolean;
  /** A new token from the web app for each (re)connect: it refuses removed people and ended sessions. */
  getToken: () => Promise<VideoToken>;
  choices: MediaChoices;
  onEnd: (end: CallEnd) => void;
}

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

/**
 * One LiveKit connection for as long as the call is open: connects with a fresh token,
 * publishes the pre-join choices, and joins again (with a new token) when LiveKit's own
 * reconnection gives up or the room is deleted (a removal moves the call to a new room).
 * Ends for good when the server removes this person or the web app refuses a token (the
 * session ended, or this person is no longer in it).
 */
export function useCallConnection(options: CallConnectionOptions) {
  const [room, setRoom] = useState<Room | null>(null);
  const [phase, setPhase] = useState<CallPhase>("connecting");
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(options);
  latest.current = options;
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
      const delay = rejoinDelay(failures.current);
      if (delay === null) return setPhase("failed");
      setPhase("rejoining");
      retry = setTimeout(() => setAttempt((n) => n + 1), delay);
    };
    next.on(RoomEvent.Disconnected, (reason) => {
      if (cancelled) return;
      const outcome = afterDisconnect(reason);
      if (outcome === "rejoin") return rejoinLater();
      if (outcome !== "left") latest.current.onEnd(outcome);
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
        // 403: the session's video is closed (it ended); 404: this person is no longer in it.
        if (error instanceof VideoTokenError && error.status === 403)
          return latest.current.onEnd({ kind: "ended", message: "The call ended with the session." });
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
