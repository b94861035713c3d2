import type { SessionStatus, SessionSummary } from "@mockboard/db/types";
import Link from "next/link";

const STATUS_CLASS: Record<SessionStatus, string> = {
  LIVE: "badge badge-live",
  SCHEDULED: "badge badge-scheduled",
  COMPLETED: "badge",
  CANCELLED: "badge badge-warn",
};

function formatWhen(session: SessionSummary) {
  const when = session.startedAt ?? session.scheduledAt ?? session.createdAt;
  return when.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
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
              {formatWhen(session)} UTC
            </div>
          </div>
          <span className={STATUS_CLASS[session.status]}>{session.status.toLowerCase()}</span>
        </li>
      ))}
    </ul>
  );
}
