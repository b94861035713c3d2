import "server-only";
import { listCohortsForUser } from "@mockboard/db";
import Link from "next/link";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { CohortCounts } from "./components/CohortCounts";
import "./cohorts.css";

export async function CohortsPage() {
  const user = await requireUser("/cohorts");
  const memberships = await listCohortsForUser(db(), user.id);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Cohorts</h1>
          <p>
            The groups you practise with. Owners and coaches write prompts for their cohort and can watch its
            sessions.
          </p>
        </div>
      </div>
      {memberships.length ? (
        <div className="grid grid-2">
          {memberships.map(({ cohort, role, can }) => (
            <article className="card" key={cohort.id}>
              <h2>{cohort.name}</h2>
              <p className="muted">{cohort.description || "No description yet."}</p>
              <div className="small muted">
                <span className="badge">{role.toLowerCase()}</span> · <CohortCounts cohort={cohort} />
              </div>
              {can.writePrompts ? (
                <p className="cohort-action small">
                  <Link href="/prompts/new">Write a prompt for this cohort</Link>
                </p>
              ) : null}
            </article>
          ))}
        </div>
      ) : (
        <div className="card empty">
          <strong>You are not in a cohort yet</strong>
          <p>
            Creating and joining cohorts is not available in the app yet. You do not need one to practise:
            open any prompt, start a session and send your peer the invite link.
          </p>
          <Link className="btn btn-primary" href="/prompts">
            Browse prompts
          </Link>
        </div>
      )}
    </>
  );
}
