import "server-only";
import {
  getFeedback,
  getScorecard,
  getSelfAssessment,
  releaseFeedback,
  ScorecardDraft,
  SelfAssessmentDraft,
  SessionId,
  saveScorecard,
  saveSelfAssessment,
  submitScorecard,
} from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { FeedbackDto, ScorecardDto, SelfAssessmentDto } from "../scorecard-types";

const Params = z.object({ id: SessionId });
const noStore = { headers: { "cache-control": "no-store" } };

export const scorecardGET = route(
  { authenticate: requireApiUser, params: Params },
  async ({ user, params }) => respond(ScorecardDto, await getScorecard(db(), params.id, user.id), noStore),
);

/** Autosave of the interviewer's draft (after submission: an edit with history). */
export const scorecardPUT = route(
  { authenticate: requireApiUser, params: Params, body: { schema: ScorecardDraft } },
  async ({ user, params, body }) =>
    respond(ScorecardDto, await saveScorecard(db(), params.id, user.id, body)),
);

export const scorecardSubmitPOST = route(
  { authenticate: requireApiUser, params: Params, body: { schema: z.object({}) } },
  async ({ user, params }) => respond(ScorecardDto, await submitScorecard(db(), params.id, user.id)),
);

export const feedbackReleasePOST = route(
  { authenticate: requireApiUser, params: Params, body: { schema: z.object({}) } },
  async ({ user, params }) => {
    await releaseFeedback(db(), params.id, user.id);
    return NextResponse.json({ ok: true });
  },
);

export const selfAssessmentGET = route(
  { authenticate: requireApiUser, params: Params },
  async ({ user, params }) =>
    respond(SelfAssessmentDto, await getSelfAssessment(db(), params.id, user.id), noStore),
);

/** Autosave of the candidate's self-assessment; `submit: true` makes it final. */
export const selfAssessmentPUT = route(
  {
    authenticate: requireApiUser,
    params: Params,
    body: { schema: SelfAssessmentDraft.extend({ submit: z.boolean().default(false) }) },
  },
  async ({ user, params, body }) => {
    const { submit, ...draft } = body;
    return respond(SelfAssessmentDto, await saveSelfAssessment(db(), params.id, user.id, draft, { submit }));
  },
);

/** Scores beside the self-assessment; the candidate gets the interviewer's part only after release. */
export const feedbackGET = route({ authenticate: requireApiUser, params: Params }, async ({ user, params }) =>
  respond(FeedbackDto, await getFeedback(db(), params.id, user.id), noStore),
);
