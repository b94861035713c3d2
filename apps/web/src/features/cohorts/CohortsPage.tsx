import "server-only";
import { listCohortsForUser } from "@mockboard/db";
import Link from "next/link";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { ROLE_LABELS } from "./cohort-labels";
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
            The groups you practise with: a rotation pairs members each round, everyone interviews and is
            interviewed, and progress shows who is improving where.
          </p>
        </div>
        <Link className="btn btn-primary" href="/cohorts/new">
          Create a cohort
        </Link>
      </div>
      {memberships.length ? (
        <div className="grid grid-2">
          {memberships.map(({ cohort, role }) => (
            <article className="card" key={cohort.id}>
              <h2>
                <Link href={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
              </h2>
              <p className="muted">{cohort.description || "No description yet."}</p>
              <div className="small muted">
                <span className="badge">{ROLE_LABELS[role]}</span> · <CohortCounts cohort={cohort} />
              </div>
            </article>
          ))}
        </div>
      ) : (
        <div className="card empty">
          <strong>You are not in a cohort yet</strong>
          <p>
            Create one for your team and send the invite link, or follow an invite link someone sent you. You
            do not need a cohort to practise: open any prompt, start a session and send your peer the link.
          </p>
          <Link className="btn btn-primary" href="/cohorts/new">
            Create a cohort
          </Link>{" "}
          <Link className="btn" href="/prompts">
            Browse prompts
          </Link>
        </div>
      )}
    </>
  );
}
