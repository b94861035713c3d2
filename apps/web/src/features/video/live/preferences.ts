"use client";

// What this browser chose last time (devices, camera and microphone on or off, a collapsed
// dock), so the pre-join check starts where the person left it. Only in localStorage.

export interface MediaChoices {
  audio: boolean;
  video: boolean;
  audioDeviceId?: string;
  videoDeviceId?: string;
}

const CHOICES_KEY = "mockboard.video.choices";
const COLLAPSED_KEY = "mockboard.video.collapsed";

function read(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the choice just is not remembered.
  }
}

export function loadChoices(): MediaChoices {
  const saved = read(CHOICES_KEY) as Partial<MediaChoices> | null;
  return {
    audio: saved?.audio !== false,
    video: saved?.video !== false,
    ...(typeof saved?.audioDeviceId === "string" ? { audioDeviceId: saved.audioDeviceId } : {}),
    ...(typeof saved?.videoDeviceId === "string" ? { videoDeviceId: saved.videoDeviceId } : {}),
  };
}

export const saveChoices = (choices: MediaChoices) => write(CHOICES_KEY, choices);
export const loadCollapsed = () => read(COLLAPSED_KEY) === true;
export const saveCollapsed = (collapsed: boolean) => write(COLLAPSED_KEY, collapsed);

// Whether this tab was in a session's call, so a reload goes straight back into it. Per tab
// (sessionStorage): a reload keeps it; another tab or a new visit starts at the camera check.
const inCallKey = (sessionId: string) => `mockboard.video.in-call.${sessionId}`;

export function wasInCall(sessionId: string): boolean {
  try {
    return window.sessionStorage.getItem(inCallKey(sessionId)) === "1";
  } catch {
    return false;
  }
}

export function rememberInCall(sessionId: string, inCall: boolean): void {
  try {
    if (inCall) window.sessionStorage.setItem(inCallKey(sessionId), "1");
    else window.sessionStorage.removeItem(inCallKey(sessionId));
  } catch {
    // Storage unavailable: a reload shows the camera check again.
  }
}
