"use client";

import { useEffect, useRef, useState } from "react";
import { useCameraPreview, useMediaDevices, useMicrophoneLevel } from "../live/local-preview";
import type { MediaChoices } from "../live/preferences";
import { CameraIcon, MicIcon } from "./icons";

export interface PreJoinProps {
  /** What the person chose last time. */
  initial: MediaChoices;
  /** A token is in hand: joining can start at once. */
  ready: boolean;
  onJoin: (choices: MediaChoices) => void;
}

function DeviceSelect(props: {
  label: string;
  devices: MediaDeviceInfo[];
  value: string | undefined;
  onChange: (deviceId: string) => void;
  disabled: boolean;
}) {
  const { devices } = props;
  return (
    <label className="vd-device">
      <span className="vd-sr">{props.label}</span>
      <select
        aria-label={props.label}
        value={props.value ?? devices[0]?.deviceId ?? ""}
        onChange={(event) => props.onChange(event.target.value)}
        disabled={props.disabled || devices.length === 0}
      >
        {devices.length === 0 ? <option value="">No {props.label.toLowerCase()} found</option> : null}
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || `${props.label} ${index + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The check before joining: a camera preview, a microphone meter, which camera and
 * microphone to use, and whether to start with either off. Nothing is sent until "Join".
 */
export function PreJoin({ initial, ready, onJoin }: PreJoinProps) {
  const [choices, setChoices] = useState<MediaChoices>(initial);
  const camera = useCameraPreview(choices.video, choices.videoDeviceId);
  const microphone = useMicrophoneLevel(choices.audio, choices.audioDeviceId);
  const { cameras, microphones } = useMediaDevices(`${camera.stream?.id}|${microphone.live}`);
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (videoRef.current) videoRef.current.srcObject = camera.stream;
  }, [camera.stream]);

  const update = (patch: Partial<MediaChoices>) => setChoices((previous) => ({ ...previous, ...patch }));
  const problems = [camera.error, microphone.error].filter(Boolean);

  return (
    <section className="vd-prejoin" aria-label="Check your camera and microphone">
      <div className="vd-preview">
        {choices.video && camera.stream ? (
          <video
            ref={videoRef}
            autoPlay
            playsInline
            muted
            className="vd-mirror"
            data-testid="video-preview"
          />
        ) : (
          <span className="vd-preview-off">
            {!choices.video ? "Camera is off" : camera.error ? "No camera picture" : "Starting camera…"}
          </span>
        )}
        <meter
          className="vd-sr"
          aria-label="Microphone level"
          min={0}
          max={100}
          value={Math.round(microphone.level * 100)}
        />
        <span className="vd-meter" aria-hidden="true">
          <span style={{ width: `${Math.round(microphone.level * 100)}%` }} />
        </span>
      </div>
      <div className="vd-devices">
        <DeviceSelect
          label="Camera"
          devices={cameras}
          value={choices.videoDeviceId}
          onChange={(videoDeviceId) => update({ videoDeviceId })}
          disabled={!choices.video}
        />
        <DeviceSelect
          label="Microphone"
          devices={microphones}
          value={choices.audioDeviceId}
          onChange={(audioDeviceId) => update({ audioDeviceId })}
          disabled={!choices.audio}
        />
      </div>
      {problems.length ? (
        <p className="vd-problem" role="alert">
          {problems.join(" ")}
        </p>
      ) : null}
      <div className="vd-bar">
        <button
          type="button"
          className="vd-toggle"
          aria-pressed={!choices.audio}
          aria-label={choices.audio ? "Start with microphone muted" : "Start with microphone on"}
          title={choices.audio ? "Microphone on" : "Microphone muted"}
          onClick={() => update({ audio: !choices.audio })}
        >
          <MicIcon off={!choices.audio} />
        </button>
        <button
          type="button"
          className="vd-toggle"
          aria-pressed={!choices.video}
          aria-label={choices.video ? "Start with camera off" : "Start with camera on"}
          title={choices.video ? "Camera on" : "Camera off"}
          onClick={() => update({ video: !choices.video })}
        >
          <CameraIcon off={!choices.video} />
        </button>
        <button
          type="button"
          className="btn btn-primary vd-join"
          disabled={!ready}
          onClick={() => onJoin(choices)}
          data-testid="video-join"
        >
          {ready ? "Join video" : "Preparing…"}
        </button>
      </div>
    </section>
  );
}
