"use client";

import { parseVideoParticipantMetadata, type VideoParticipantMetadata } from "@mockboard/protocol";
import { type Participant, ParticipantEvent, Track, type TrackPublication } from "livekit-client";
import { useEffect, useState } from "react";

export type ParticipantRole = VideoParticipantMetadata["role"];

export const ROLE_LABEL: Record<ParticipantRole, string> = {
  interviewer: "interviewer",
  candidate: "candidate",
  observer: "observer",
};

export function roleOf(participant: Participant): ParticipantRole | null {
  return parseVideoParticipantMetadata(participant.metadata)?.role ?? null;
}

export type MediaState = "live" | "muted" | "none";

/** What a participant sends right now, re-read whenever one of their tracks changes. */
export function useParticipantMedia(participant: Participant) {
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
