import { formatClock, replayMomentPath } from "@mockboard/interview";
import Link from "next/link";

/** A moment of the session; a link to it in the replay once the session is over (`sessionId` given). */
export function MomentTime({ atMs, sessionId }: { atMs: number; sessionId?: string }) {
  if (!sessionId) return <time className="note-time">{formatClock(atMs)}</time>;
  return (
    <Link
      className="note-time"
      href={replayMomentPath(sessionId, atMs)}
      title="Watch this moment in the replay"
    >
      {formatClock(atMs)}
    </Link>
  );
}
