"use client";

import { useEffect, useState } from "react";
import type { SessionClock } from "@/ui/session-clock";

/** The server's "now" from the session clock, ticking on whole seconds while `running`. */
export function useServerNow(clock: SessionClock, running: boolean): number {
  const [now, setNow] = useState(() => clock.serverNow());
  useEffect(() => {
    setNow(clock.serverNow());
    if (!running) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = clock.serverNow();
      setNow(current);
      timer = setTimeout(tick, 1000 - (current % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [clock, running]);
  return now;
}
