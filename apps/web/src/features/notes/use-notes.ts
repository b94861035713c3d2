"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRoomNotes } from "@/ui/RoomNotes";
import type { LocalNote, NoteDto } from "./note-types";
import { readPendingNotes, writePendingNotes } from "./pending-notes";

export type SaveStatus = "saved" | "saving" | "offline";

const SAVE_DELAY_MS = 400;
const RETRY_MS = 3000;

/**
 * The interviewer's notes with autosave as typed. Every change is written to localStorage
 * first and sent after a short pause; it stays "pending" until the server acknowledges
 * that exact version, and pending notes are resent on reload, on reconnect and on a timer.
 * The list is the room's (RoomNotes): the timeline shows it live, and the panel opened again
 * after another tab starts from it rather than from the notes the page was rendered with.
 */
export function useNotes(sessionId: string, userId: string, initial: NoteDto[]) {
  const room = useRoomNotes();
  const publish = room?.publish;
  const [notes, setNotes] = useState<LocalNote[]>(() =>
    room?.notes ? [...room.notes] : initial.map((note) => ({ ...note, pending: false })),
  );
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [refused, setRefused] = useState<string | null>(null);
  const notesRef = useRef(notes);
  const versions = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const commit = useCallback(
    (next: LocalNote[]) => {
      notesRef.current = next;
      writePendingNotes(sessionId, userId, next);
      setNotes(next);
      publish?.(next);
      setStatus((current) =>
        next.some((note) => note.pending) ? (current === "offline" ? "offline" : "saving") : "saved",
      );
    },
    [sessionId, userId, publish],
  );

  const flush = useCallback(
    async (id: string) => {
      const note = notesRef.current.find((item) => item.id === id);
      if (!note?.pending) return;
      const version = versions.current.get(id) ?? 0;
      const url = `/api/sessions/${sessionId}/notes/${id}`;
      try {
        const response = note.deleted
          ? await fetch(url, { method: "DELETE" })
          : await fetch(url, {
              method: "PUT",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({
                text: note.text,
                dimensionKey: note.dimensionKey,
                visibility: note.visibility,
                atMs: note.offsetMs,
              }),
            });
        if (response.status >= 500) throw new Error(`status ${response.status}`);
        if ((versions.current.get(id) ?? 0) !== version) return; // edited meanwhile: a newer save follows
        if (note.deleted) {
          // 404: already gone, which is what was asked.
          if (response.ok || response.status === 404)
            commit(notesRef.current.filter((item) => item.id !== id));
          return;
        }
        if (!response.ok) {
          const body = (await response.json().catch(() => ({}))) as { error?: string };
          setRefused(body.error ?? `The server refused this note (${response.status})`);
          commit(notesRef.current.map((item) => (item.id === id ? { ...item, pending: false } : item)));
          return;
        }
        const saved = (await response.json()) as NoteDto;
        commit(
          notesRef.current.map((item) =>
            item.id === id ? { ...item, pending: false, offsetMs: saved.offsetMs } : item,
          ),
        );
      } catch {
        setStatus("offline");
      }
    },
    [commit, sessionId],
  );

  const schedule = useCallback(
    (id: string, delay = SAVE_DELAY_MS) => {
      clearTimeout(timers.current.get(id));
      timers.current.set(
        id,
        setTimeout(() => void flush(id), delay),
      );
    },
    [flush],
  );

  const upsert = useCallback(
    (note: Omit<LocalNote, "pending">, delay?: number) => {
      versions.current.set(note.id, (versions.current.get(note.id) ?? 0) + 1);
      const exists = notesRef.current.some((item) => item.id === note.id);
      const next = { ...note, pending: true };
      commit(
        exists
          ? notesRef.current.map((item) => (item.id === note.id ? next : item))
          : [...notesRef.current, next],
      );
      schedule(note.id, delay);
    },
    [commit, schedule],
  );

  const remove = useCallback(
    (id: string) => {
      const note = notesRef.current.find((item) => item.id === id);
      if (!note) return;
      upsert({ ...note, deleted: true }, 0);
    },
    [upsert],
  );

  // On open: notes typed before a reload or crash come back and are sent again.
  useEffect(() => {
    const pending = readPendingNotes(sessionId, userId);
    if (!pending.length) return;
    const byId = new Map(notesRef.current.map((note) => [note.id, note]));
    for (const note of pending) byId.set(note.id, note);
    commit([...byId.values()]);
    for (const note of pending) schedule(note.id, 0);
  }, [commit, schedule, sessionId, userId]);

  // Retry whatever is still pending, and right away when the network returns.
  useEffect(() => {
    const retry = () => {
      for (const note of notesRef.current) if (note.pending) schedule(note.id, 0);
    };
    const interval = setInterval(retry, RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(interval);
      window.removeEventListener("online", retry);
    };
  }, [schedule]);

  const visible = notes.filter((note) => !note.deleted).sort((a, b) => a.offsetMs - b.offsetMs);
  return { notes: visible, status, refused, upsert, remove };
}
