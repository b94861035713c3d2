import "server-only";
import {
  CalendarFeedToken,
  createCalendarFeed,
  getSessionCalendarEntry,
  listCalendarSessions,
  resolveCalendarFeed,
  revokeCalendarFeed,
  SessionId,
} from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { calendarFor } from "./calendar-ics";

function calendarResponse(text: string, filename: string): Response {
  return new Response(text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}

/** One session as an .ics file, for anyone the session rule lets in. */
export const sessionCalendarGET = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }) },
  async ({ user, params }) => {
    const entry = await getSessionCalendarEntry(db(), params.id, user.id);
    const text = calendarFor([entry], { baseUrl: env().NEXTAUTH_URL, name: "Mockboard session" });
    return calendarResponse(text, `mockboard-${params.id}.ics`);
  },
);

/**
 * A person's calendar feed, for calendar apps to subscribe to: the token in the URL is the
 * only credential (calendar apps send no cookies), so an unknown or revoked one is a 404.
 */
export const calendarFeedGET = route(
  { params: z.object({ token: CalendarFeedToken }) },
  async ({ params }) => {
    const { userId } = await resolveCalendarFeed(db(), params.token);
    const entries = await listCalendarSessions(db(), userId);
    const text = calendarFor(entries, {
      baseUrl: env().NEXTAUTH_URL,
      name: "Mockboard sessions",
      method: "publish",
    });
    return calendarResponse(text, "mockboard.ics");
  },
);

/** The person's subscription URL: a new one each time (the old one stops working). */
export const calendarFeedPOST = route(
  { authenticate: requireApiUser, body: { schema: z.object({}) } },
  async ({ user }) => {
    const { token } = await createCalendarFeed(db(), user.id);
    return respond(
      z.object({ url: z.string() }),
      { url: `${env().NEXTAUTH_URL}/api/calendar/${token}` },
      { status: 201 },
    );
  },
);

/** Turns the person's calendar feed off. */
export const calendarFeedDELETE = route({ authenticate: requireApiUser }, async ({ user }) => {
  await revokeCalendarFeed(db(), user.id);
  return new NextResponse(null, { status: 204 });
});
