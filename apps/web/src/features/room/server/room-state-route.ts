import "server-only";
import { getRoomState, SessionId } from "@mockboard/db";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { RoomStateDto } from "../live/room-state";

/** The live room state for the caller's role: status, timer events, participants. */
export const roomStateGET = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }) },
  async ({ user, params }) => {
    const started = performance.now();
    const state = await getRoomState(db(), params.id, user.id);
    // The browser sets its clock by serverNow: the time spent here is not network delay.
    const took = (performance.now() - started).toFixed(1);
    return respond(RoomStateDto, state, {
      headers: { "cache-control": "no-store", "server-timing": `app;dur=${took}` },
    });
  },
);
