"use client";

import { useIsSpeaking } from "@livekit/components-react";
import type { Participant } from "livekit-client";
import { useParticipantMedia } from "../live/participant-media";
import { MicIcon } from "./icons";

export function PersonChip({ participant, local }: { participant: Participant; local: boolean }) {
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
