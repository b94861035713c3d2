import "server-only";
import { CohortId, getCohortOverview } from "@mockboard/db";
import { cache } from "react";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";

const CohortParams = z.object({ id: CohortId });

/**
 * The signed-in viewer and the cohort they asked for, once per request: the cohort's
 * frame (layout) and its tab ask the same question, and React's cache answers it once.
 * Someone outside the cohort gets the 404 page.
 */
export const loadCohort = cache(async (params: unknown, tab = "") => {
  const { id } = paramsOrNotFound(CohortParams, params);
  const user = await requireUser(`/cohorts/${id}${tab}`);
  const cohort = await orNotFound(getCohortOverview(db(), id, user.id));
  return { user, cohort };
});
