"use client";

import { VideoTrack } from "@livekit/components-react";
import { type Participant, Track } from "livekit-client";
import { useRef } from "react";
import { ExpandIcon } from "./icons";

export function ScreenTile({ participant }: { participant: Participant }) {
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
