import "server-only";
import { getCohortProgress, getMemberProgress, MemberId } from "@mockboard/db";
import { z } from "zod";
import { db } from "@/server/db";
import { orNotFound } from "@/server/page-guards";
import { CohortProgressView } from "./progress/CohortProgressView";
import { MemberProgressView } from "./progress/MemberProgressView";
import { loadCohort } from "./server/load-cohort";

const ProgressQuery = z.object({ member: MemberId.optional() }).catch({});

/**
 * The progress tab. A member sees their own detail and the cohort's aggregate; owners and
 * coaches choose whose detail to read (their own by default).
 */
export async function ProgressPage({ params, searchParams }: { params: unknown; searchParams: unknown }) {
  const { user, cohort } = await loadCohort(params, "/progress");
  const everyone = cohort.rights.readEveryonesProgress;
  const asked = ProgressQuery.parse(searchParams).member;
  const memberId = everyone && asked ? asked : user.id;
  const [progress, aggregate] = await Promise.all([
    orNotFound(getMemberProgress(db(), cohort.id, user.id, memberId)),
    getCohortProgress(db(), cohort.id, user.id),
  ]);
  return (
    <>
      {everyone ? (
        <form className="card member-picker" method="get">
          <label htmlFor="member">Whose progress</label>
          <select id="member" name="member" defaultValue={memberId}>
            {aggregate.participation.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name ?? "A member"}
                {member.userId === user.id ? " (you)" : ""}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-small">
            Show
          </button>
        </form>
      ) : null}
      <MemberProgressView progress={progress} self={memberId === user.id} cohortId={cohort.id} />
      <CohortProgressView progress={aggregate} />
    </>
  );
}
