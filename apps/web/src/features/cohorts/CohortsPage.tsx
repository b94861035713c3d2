import "server-only";
import { listCohortsForUser } from "@mockboard/db";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { CohortCounts } from "./components/CohortCounts";

export async function CohortsPage() {
  const user = await requireUser("/cohorts");
  const memberships = await listCohortsForUser(db(), user.id);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Cohorts</h1>
          <p>Teams preparing together: rotate roles, compare scores, calibrate.</p>
        </div>
      </div>
      {memberships.length ? (
        <div className="grid grid-2">
          {memberships.map(({ cohort, role }) => (
            <article className="card" key={cohort.id}>
              <h2>{cohort.name}</h2>
              <p className="muted">{cohort.description || "No description yet."}</p>
              <div className="small muted">
                <span className="badge">{role.toLowerCase()}</span> · <CohortCounts cohort={cohort} />
              </div>
            </article>
          ))}
        </div>
      ) : (
        <div className="card empty">
          <strong>You are not in a cohort yet</strong>
          Cohort owners share an invite code with their members.
        </div>
      )}
    </>
  );
}
