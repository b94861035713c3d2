"use client";

import { useCallback, useEffect, useState } from "react";
import { VideoTokenResponse } from "../video-contract";

/** A token refused or not to be had: the status says which (401, 403, 404, 503, or 0 for the network). */
export class VideoTokenError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  /** Asking again later may work: the network, or a server error other than "LiveKit is not configured". */
  get transient(): boolean {
    return this.status === 0 || (this.status >= 500 && this.status !== 503);
  }
}

export interface VideoToken extends VideoTokenResponse {
  /** When this browser should stop using it (its own clock). */
  staleAt: number;
}

/** Fetch a fresh token this long before the old one expires. */
const REFRESH_BEFORE_MS = 30_000;

export async function fetchVideoToken(sessionId: string): Promise<VideoToken> {
  let response: Response;
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/video-token`, {
      method: "POST",
      cache: "no-store",
    });
  } catch {
    throw new VideoTokenError(0, "Cannot reach Mockboard to start video; retrying.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new VideoTokenError(
      response.status,
      body.error ?? `Video is unavailable (HTTP ${response.status})`,
    );
  }
  const token = VideoTokenResponse.parse(await response.json());
  return { ...token, staleAt: Date.now() + token.expiresIn * 1000 - REFRESH_BEFORE_MS };
}

/**
 * Keeps a fresh video token while the dock is open (so the dock knows it may join): fetched
 * at once, fetched again before it goes stale, and again with back-off after a network
 * error. `fresh()` fetches a new one for each join and rejoin, so the web app (and its
 * interview rules) decides every time. A refusal (403: the session ended, 404: no longer in
 * it) is the error to show.
 */
export function useVideoToken(sessionId: string, enabled: boolean) {
  const [token, setToken] = useState<VideoToken | null>(null);
  const [error, setError] = useState<VideoTokenError | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (failures: number) => {
      try {
        const next = await fetchVideoToken(sessionId);
        if (cancelled) return;
        setToken(next);
        setError(null);
        timer = setTimeout(() => void load(0), Math.max(30_000, next.staleAt - Date.now()));
      } catch (failure) {
        if (cancelled) return;
        const refusal =
          failure instanceof VideoTokenError ? failure : new VideoTokenError(0, (failure as Error).message);
        setError(refusal);
        if (refusal.transient)
          timer = setTimeout(() => void load(failures + 1), Math.min(30_000, 1000 * 2 ** failures));
      }
    };
    void load(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [sessionId, enabled]);

  const fresh = useCallback(async (): Promise<VideoToken> => {
    const next = await fetchVideoToken(sessionId);
    setToken(next);
    return next;
  }, [sessionId]);

  return { token, error, fresh };
}
