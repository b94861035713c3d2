import type { CohortMembership } from "@mockboard/db/types";
import { countOf } from "@/ui/count-of";

/** "3 members · 1 session", the same wherever a cohort is listed. */
export function CohortCounts({ cohort }: { cohort: CohortMembership["cohort"] }) {
  return (
    <>
      {countOf(cohort.memberCount, "member")} · {countOf(cohort.sessionCount, "session")}
    </>
  );
}
