import "server-only";
import {
  CohortId,
  discardRoundDraft,
  generateRoundDraft,
  getCohortOverview,
  MemberId,
  PairingId,
  publishRound,
  RoundId,
  setPairingPrompt,
  swapRoundMembers,
} from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { WallTime, wallTimeToInstant } from "./zoned-time";

/** The round form: two wall-clock times in the cohort's zone and who is away. */
const RoundForm = z.object({
  firstSlotAt: WallTime,
  secondSlotAt: WallTime,
  unavailable: z.array(MemberId).max(500).default([]),
});

/** An owner or coach generates the next round as a draft to preview. */
export const generateRoundPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: CohortId }), body: { schema: RoundForm } },
  async ({ user, params, body }) => {
    const { timeZone } = await getCohortOverview(db(), params.id, user.id);
    const round = await generateRoundDraft(db(), params.id, user.id, {
      firstSlotAt: wallTimeToInstant(body.firstSlotAt, timeZone),
      secondSlotAt: wallTimeToInstant(body.secondSlotAt, timeZone),
      unavailable: body.unavailable,
    });
    return respond(z.object({ roundId: z.string() }), round, { status: 201 });
  },
);

const RoundParams = z.object({ roundId: RoundId });

/** Throws a draft away. */
export const roundDELETE = route(
  { authenticate: requireApiUser, params: RoundParams },
  async ({ user, params }) => {
    await discardRoundDraft(db(), params.roundId, user.id);
    return new NextResponse(null, { status: 204 });
  },
);

/** Swaps two members' places in a draft. */
export const swapRoundMembersPOST = route(
  {
    authenticate: requireApiUser,
    params: RoundParams,
    body: { schema: z.object({ a: MemberId, b: MemberId }) },
  },
  async ({ user, params, body }) => {
    await swapRoundMembers(db(), params.roundId, user.id, body);
    return new NextResponse(null, { status: 204 });
  },
);

/** Publishes a draft: sessions are scheduled and members notified. */
export const publishRoundPOST = route(
  { authenticate: requireApiUser, params: RoundParams, body: { schema: z.object({}) } },
  async ({ user, params }) =>
    respond(z.object({ sessions: z.number() }), await publishRound(db(), params.roundId, user.id)),
);

/** Gives one draft session another prompt. */
export const pairingPromptPATCH = route(
  {
    authenticate: requireApiUser,
    params: z.object({ pairingId: PairingId }),
    body: { schema: z.object({ promptId: z.string().min(1).max(64) }) },
  },
  async ({ user, params, body }) => {
    await setPairingPrompt(db(), params.pairingId, user.id, body.promptId);
    return new NextResponse(null, { status: 204 });
  },
);
