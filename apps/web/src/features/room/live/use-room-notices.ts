"use client";

import { useEffect, useRef, useState } from "react";
import { noticesBetween } from "./room-notices";
import type { RoomStateDto } from "./room-state";

const SHOWN_MS = 12_000;

export interface RoomNotice {
  id: number;
  text: string;
}

/** Notices of what the other side just did, each shown for a while or until dismissed. */
export function useRoomNotices(state: RoomStateDto) {
  const [notices, setNotices] = useState<RoomNotice[]>([]);
  const before = useRef(state);
  const counter = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const fresh = noticesBetween(before.current, state).map((text) => ({ id: ++counter.current, text }));
    before.current = state;
    if (!fresh.length) return;
    setNotices((current) => [...current, ...fresh].slice(-3));
    const ids = new Set(fresh.map((notice) => notice.id));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setNotices((current) => current.filter((notice) => !ids.has(notice.id)));
    }, SHOWN_MS);
    timers.current.add(timer);
  }, [state]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  const dismiss = (id: number) => setNotices((current) => current.filter((notice) => notice.id !== id));
  return { notices, dismiss };
}
