import "server-only";
import { listNotifications, markNotificationsRead } from "@mockboard/db";
import Link from "next/link";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { LocalTime } from "@/ui/LocalTime";
import "./notifications.css";

/** The inbox: what happened that concerns you (rounds published, sessions scheduled or cancelled). */
export async function NotificationsPage() {
  const user = await requireUser("/notifications");
  const notifications = await listNotifications(db(), user.id);
  // Seen now: the unread count in the navigation goes back to zero.
  await markNotificationsRead(db(), user.id);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Inbox</h1>
          <p>Rounds published, sessions scheduled or cancelled, calibrations you are asked to score.</p>
        </div>
      </div>
      {notifications.length ? (
        <div className="card">
          <ul className="list notifications">
            {notifications.map((entry) => (
              <li key={entry.id} className={entry.read ? undefined : "unread"}>
                <div>
                  <strong>
                    {entry.href ? <Link href={entry.href}>{entry.title}</Link> : entry.title}
                    {entry.read ? null : <span className="badge badge-new">New</span>}
                  </strong>
                  {entry.body ? <p className="small">{entry.body}</p> : null}
                  <div className="small muted">
                    <LocalTime iso={entry.createdAt.toISOString()} />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="card empty">
          <strong>Nothing here yet</strong>
          When a cohort you are in publishes a round, or someone schedules a session with you, you will see it
          here.
        </div>
      )}
    </>
  );
}
