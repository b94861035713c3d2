import "server-only";
import { listSessionsForUser } from "@mockboard/db";
import Link from "next/link";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { SessionList } from "./components/SessionList";

export async function SessionsPage() {
  const user = await requireUser("/sessions");
  const sessions = await listSessionsForUser(db(), user.id);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Sessions</h1>
          <p>Every mock interview you ran or sat, newest first.</p>
        </div>
        <Link className="btn btn-primary" href="/prompts">
          New session from a prompt
        </Link>
      </div>
      <div className="card">
        {sessions.length ? (
          <SessionList sessions={sessions} userId={user.id} />
        ) : (
          <div className="empty">
            <strong>No sessions yet</strong>
            Choose a prompt in the bank and start a session with it.
          </div>
        )}
      </div>
    </>
  );
}
