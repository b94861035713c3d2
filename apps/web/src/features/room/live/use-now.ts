"use client";

import { useEffect, useState } from "react";

/** The server's "now" (this clock plus the measured offset), ticking on whole seconds. */
export function useServerNow(clockOffsetMs: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs);
  useEffect(() => {
    setNow(Date.now() + clockOffsetMs);
    if (!running) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now() + clockOffsetMs;
      setNow(current);
      timer = setTimeout(tick, 1000 - (current % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [clockOffsetMs, running]);
  return now;
}
