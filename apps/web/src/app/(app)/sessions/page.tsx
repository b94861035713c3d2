import { listSessionsForUser } from "@mockboard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { SessionList } from "@/components/SessionList";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
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
