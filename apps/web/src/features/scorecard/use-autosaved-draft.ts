"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type DraftStatus = "saved" | "saving" | "offline" | "refused";

const SAVE_DELAY_MS = 600;
const RETRY_MS = 3000;

/**
 * A form autosaved as it is edited: each change goes to localStorage at once and to the
 * server after a short pause; the local copy is dropped only when the server acknowledged
 * that exact version. A reload or a crash resends what was not acknowledged.
 */
export function useAutosavedDraft<T>(options: {
  storageKey: string;
  initial: T;
  save: (draft: T) => Promise<Response>;
  /** False once the server will not take edits (e.g. a submitted self-assessment). */
  editable: boolean;
}) {
  const { storageKey, save, editable } = options;
  const [draft, setDraft] = useState<T>(options.initial);
  const [status, setStatus] = useState<DraftStatus>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const version = useRef(0);
  const saved = useRef(0);
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    if (saved.current === version.current) return;
    const sending = version.current;
    try {
      const response = await save(latest.current);
      if (response.status >= 500) throw new Error(String(response.status));
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setStatus("refused");
        setMessage(body.error ?? `Not saved (${response.status})`);
        return;
      }
      saved.current = Math.max(saved.current, sending);
      if (saved.current === version.current) {
        localStorage.removeItem(storageKey);
        setStatus("saved");
        setMessage(null);
      }
    } catch {
      setStatus("offline");
    }
  }, [save, storageKey]);

  const update = useCallback(
    (next: T) => {
      latest.current = next;
      version.current++;
      setDraft(next);
      setStatus("saving");
      try {
        localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage unavailable: the server copy is all we have.
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, storageKey],
  );

  // Edits that never reached the server come back after a reload and are sent again.
  useEffect(() => {
    if (!editable) return;
    const stored = localStorage.getItem(storageKey);
    if (!stored) return;
    try {
      update(JSON.parse(stored) as T);
    } catch {
      localStorage.removeItem(storageKey);
    }
  }, [editable, storageKey, update]);

  useEffect(() => {
    const retry = () => {
      if (saved.current !== version.current) void flush();
    };
    const interval = setInterval(retry, RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(interval);
      window.removeEventListener("online", retry);
    };
  }, [flush]);

  /** Saves now (before submitting); resolves true when the server has the latest version. */
  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    await flush();
    return saved.current === version.current;
  }, [flush]);

  return { draft, update, status, message, saveNow };
}
