"use client";

import { formatClock } from "@mockboard/interview";
import { useState } from "react";
import { useSessionClock } from "@/ui/SessionClock";

/** Over the board, where the person is looking, while it is offline: since when, and that nothing is lost. */
export function BoardOffline() {
  const clock = useSessionClock();
  const [since] = useState(() => clock.sessionTime());
  return (
    <p className="board-offline" role="alert" data-testid="board-offline">
      <strong>Offline{since === null ? "" : ` since ${formatClock(since)}`}.</strong> Keep going: your drawing
      stays on this device and syncs when the connection returns.
    </p>
  );
}
