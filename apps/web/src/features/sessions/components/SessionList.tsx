import type { SessionStatus, SessionSummary } from "@mockboard/db/types";
import Link from "next/link";
import { LocalTime } from "@/ui/LocalTime";

const STATUS_CLASS: Record<SessionStatus, string> = {
  LIVE: "badge badge-live",
  SCHEDULED: "badge badge-scheduled",
  COMPLETED: "badge",
  CANCELLED: "badge badge-warn",
};

/** The status a person cares about: for a finished session, how far its feedback got. */
function stageOf(session: SessionSummary, userId: string): string {
  if (session.status !== "COMPLETED") return session.status.toLowerCase();
  if (session.feedbackReleased) return "feedback released";
  if (session.candidateId === userId && !session.selfAssessed) return "assess yourself";
  if (session.scorecardSubmitted) return "scored";
  return session.interviewerId === userId ? "to score" : "ended";
}

function whenOf(session: SessionSummary): string {
  return (session.startedAt ?? session.scheduledAt ?? session.createdAt).toISOString();
}

export function SessionList({ sessions, userId }: { sessions: SessionSummary[]; userId: string }) {
  return (
    <ul className="list">
      {sessions.map((session) => (
        <li key={session.id}>
          <div>
            <Link href={`/sessions/${session.id}`}>
              <strong>{session.title}</strong>
            </Link>
            <div className="small muted">
              {session.interviewerId === userId
                ? `You interview ${session.candidate?.name ?? "(candidate not joined yet)"}`
                : `${session.interviewer.name ?? "Your interviewer"} interviews you`}{" "}
              · {session.prompt.title === session.title ? "" : `${session.prompt.title} · `}
              <LocalTime iso={whenOf(session)} />
            </div>
          </div>
          <span className="row">
            {session.status === "COMPLETED" ? (
              <Link className="btn btn-small" href={`/sessions/${session.id}/replay`}>
                Replay<span className="sr-only"> {session.title}</span>
              </Link>
            ) : null}
            <span className={STATUS_CLASS[session.status]}>{stageOf(session, userId)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
