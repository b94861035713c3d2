"use client";

import { useEffect, useState } from "react";

/** What went wrong with a camera or microphone, said so that the person knows what to do. */
export function mediaErrorMessage(kind: "camera" | "microphone", error: unknown): string {
  const name = (error as { name?: string }).name;
  if (name === "NotAllowedError" || name === "SecurityError")
    return `The browser blocks the ${kind}: allow it from the icon in the address bar, then try again.`;
  if (name === "NotFoundError" || name === "OverconstrainedError") return `No ${kind} found.`;
  if (name === "NotReadableError") return `The ${kind} is in use by another application.`;
  return `The ${kind} could not start (${(error as Error).message || name || "unknown error"}).`;
}

function stopAll(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

function deviceConstraint(deviceId: string | undefined): MediaTrackConstraints | true {
  return deviceId ? { deviceId: { exact: deviceId } } : true;
}

/** The cameras and microphones this browser offers, kept current as devices come and go. */
export function useMediaDevices(refreshKey: unknown) {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks again once permission gives labels.
  useEffect(() => {
    const media = navigator.mediaDevices;
    if (!media?.enumerateDevices) return;
    let cancelled = false;
    const list = () =>
      media
        .enumerateDevices()
        .then((all) => {
          if (!cancelled) setDevices(all.filter((device) => device.deviceId));
        })
        .catch(() => undefined);
    void list();
    media.addEventListener("devicechange", list);
    return () => {
      cancelled = true;
      media.removeEventListener("devicechange", list);
    };
  }, [refreshKey]);
  return {
    cameras: devices.filter((device) => device.kind === "videoinput"),
    microphones: devices.filter((device) => device.kind === "audioinput"),
  };
}

/** A camera preview stream while `enabled`, stopped when turned off, switched or unmounted. */
export function useCameraPreview(enabled: boolean, deviceId: string | undefined) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    if (!enabled) return;
    let cancelled = false;
    let opened: MediaStream | null = null;
    navigator.mediaDevices
      ?.getUserMedia({ video: deviceConstraint(deviceId), audio: false })
      .then((media) => {
        if (cancelled) return stopAll(media);
        opened = media;
        setStream(media);
      })
      .catch((failure) => !cancelled && setError(mediaErrorMessage("camera", failure)));
    return () => {
      cancelled = true;
      stopAll(opened);
      setStream(null);
    };
  }, [enabled, deviceId]);
  return { stream, error };
}

/** The microphone's loudness (0 to 1, a few times a second) while `enabled`, so people see it hears them. */
export function useMicrophoneLevel(enabled: boolean, deviceId: string | undefined) {
  const [level, setLevel] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  useEffect(() => {
    setError(null);
    setLevel(0);
    if (!enabled) return;
    let cancelled = false;
    let opened: MediaStream | null = null;
    let context: AudioContext | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    navigator.mediaDevices
      ?.getUserMedia({ audio: deviceConstraint(deviceId), video: false })
      .then((media) => {
        if (cancelled) return stopAll(media);
        opened = media;
        setLive(true);
        context = new AudioContext();
        const analyser = context.createAnalyser();
        analyser.fftSize = 512;
        context.createMediaStreamSource(media).connect(analyser);
        const samples = new Float32Array(analyser.fftSize);
        timer = setInterval(() => {
          analyser.getFloatTimeDomainData(samples);
          let sum = 0;
          for (const sample of samples) sum += sample * sample;
          // RMS of speech sits around 0.02-0.2: scale so talking fills most of the meter.
          setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 5));
        }, 120);
      })
      .catch((failure) => !cancelled && setError(mediaErrorMessage("microphone", failure)));
    return () => {
      cancelled = true;
      clearInterval(timer);
      stopAll(opened);
      void context?.close();
      setLive(false);
    };
  }, [enabled, deviceId]);
  return { level, error, live };
}
