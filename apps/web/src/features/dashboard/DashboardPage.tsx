import "server-only";
import Link from "next/link";
import { requireUser } from "@/features/auth";
import { CohortCounts } from "@/features/cohorts";
import { SessionList } from "@/features/sessions";
import { FirstSteps } from "./components/FirstSteps";
import { loadDashboard } from "./server/load-dashboard";
import "./dashboard.css";

export async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const data = await loadDashboard(user.id);
  const firstName = user.name?.split(" ")[0] ?? "there";
  // Someone with no session and no cohort has nothing to come back to yet: show where to start.
  const firstRun = data.sessions.length === 0 && data.cohorts.length === 0;
  if (firstRun) {
    return (
      <>
        <div className="page-head">
          <div>
            <h1>Welcome to Mockboard, {firstName}</h1>
            <p>Here is how to run your first mock interview.</p>
          </div>
        </div>
        <FirstSteps promptCount={data.promptCount} />
      </>
    );
  }
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Welcome back, {firstName}</h1>
          <p>Pick a prompt, invite a peer, and practise out loud.</p>
        </div>
        <Link className="btn btn-primary" href="/prompts">
          Browse prompts
        </Link>
      </div>
      <section className="grid grid-4" aria-label="Your numbers">
        <div className="card stat">
          <div className="label">Sessions as interviewer</div>
          <div className="value">{data.asInterviewer}</div>
        </div>
        <div className="card stat">
          <div className="label">Sessions as candidate</div>
          <div className="value">{data.asCandidate}</div>
        </div>
        <div className="card stat">
          <div className="label">Completed</div>
          <div className="value">{data.completed}</div>
        </div>
        <div className="card stat">
          <div className="label">Prompts in the bank</div>
          <div className="value">{data.promptCount}</div>
        </div>
      </section>
      <section className="grid grid-2 dashboard-lists">
        <div className="card">
          <h2>Recent sessions</h2>
          {data.sessions.length ? (
            <SessionList sessions={data.sessions} userId={user.id} />
          ) : (
            <div className="empty">
              <strong>No sessions yet</strong>
              Open a prompt and start a session with it to invite a peer.
            </div>
          )}
        </div>
        <div className="card">
          <h2>Your cohorts</h2>
          {data.cohorts.length ? (
            <ul className="list">
              {data.cohorts.map(({ cohort, role }) => (
                <li key={cohort.id}>
                  <div>
                    <Link href="/cohorts">
                      <strong>{cohort.name}</strong>
                    </Link>
                    <div className="small muted">
                      <CohortCounts cohort={cohort} />
                    </div>
                  </div>
                  <span className="badge">{role.toLowerCase()}</span>
                </li>
              ))}
            </ul>
          ) : (
            <div className="empty">
              <strong>Not in a cohort yet</strong>
              You do not need one: any two people can practise with an invite link.
            </div>
          )}
        </div>
      </section>
    </>
  );
}
