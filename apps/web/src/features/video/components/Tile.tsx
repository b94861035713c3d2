"use client";

import { useConnectionQualityIndicator, useIsSpeaking, VideoTrack } from "@livekit/components-react";
import { type Participant, Track } from "livekit-client";
import { useRef } from "react";
import { ROLE_LABEL, roleOf, useParticipantMedia } from "../live/participant-media";
import { MicIcon, PopOutIcon } from "./icons";
import { QUALITY_LABEL, QualityBars } from "./QualityBars";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

export function Tile(props: {
  participant: Participant;
  local: boolean;
  focused: boolean;
  onFocus: () => void;
}) {
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
