import "server-only";
import {
  CalibrationDraft,
  CalibrationId,
  CalibrationRequest,
  CohortId,
  getCalibration,
  requestCalibration,
  saveCalibrationScores,
  submitCalibration,
} from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";

/** A coach or owner asks members to score a finished session blind. */
export const requestCalibrationPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: CohortId }), body: { schema: CalibrationRequest } },
  async ({ user, params, body }) => {
    const { id } = await requestCalibration(db(), params.id, user.id, body);
    return respond(z.object({ calibrationId: z.string() }), { calibrationId: id }, { status: 201 });
  },
);

const CalibrationParams = z.object({ calibrationId: CalibrationId });

const Rating = z.object({
  name: z.string(),
  level: z.number().nullable(),
  notObserved: z.boolean(),
  evidence: z.array(z.object({ text: z.string(), atMs: z.number().optional() })),
});

/**
 * One calibration as the caller may see it. The blind part is the db's (getCalibration asks
 * the interview rules): a rater's response names nobody else's scores until they submit.
 */
const CalibrationResponse = z.object({
  id: z.string(),
  session: z.object({ id: z.string(), title: z.string() }),
  seat: z.object({ submitted: z.boolean(), draft: CalibrationDraft }).nullable(),
  raters: z.array(z.object({ name: z.string(), submitted: z.boolean() })),
  dimensions: z.array(z.object({ key: z.string(), title: z.string(), ratings: z.array(Rating) })).nullable(),
});

export const calibrationGET = route(
  { authenticate: requireApiUser, params: CalibrationParams },
  async ({ user, params }) =>
    respond(CalibrationResponse, await getCalibration(db(), params.calibrationId, user.id)),
);

/** Autosaves the caller's blind scores. */
export const calibrationScoresPUT = route(
  { authenticate: requireApiUser, params: CalibrationParams, body: { schema: CalibrationDraft } },
  async ({ user, params, body }) => {
    await saveCalibrationScores(db(), params.calibrationId, user.id, body);
    return new NextResponse(null, { status: 204 });
  },
);

/** Submits the caller's scores; the others' then show. */
export const calibrationSubmitPOST = route(
  { authenticate: requireApiUser, params: CalibrationParams, body: { schema: z.object({}) } },
  async ({ user, params }) => {
    await submitCalibration(db(), params.calibrationId, user.id);
    return new NextResponse(null, { status: 204 });
  },
);
