import type { Prisma, SessionStatus } from "@prisma/client";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";
import { ConflictError } from "../errors";
import { loadSessionAccess } from "../live-session/access";

export interface ScheduledSessionView {
  id: string;
  /** The prompt's title for the two people and the cohort's staff; "Mock interview" for other members. */
  title: string;
  status: SessionStatus;
  /** When it is planned (or started, for one started without a time). */
  at: Date;
  minutes: number;
  interviewer: { id: string; name: string | null };
  candidate: { id: string; name: string | null } | null;
  /** The viewer takes part: their own sessions stand out. */
  mine: boolean;
}

const scheduleSelect = {
  id: true,
  title: true,
  status: true,
  scheduledAt: true,
  startedAt: true,
  interviewerId: true,
  candidateId: true,
  interviewer: { select: { id: true, name: true } },
  candidate: { select: { id: true, name: true } },
  prompt: { select: { minutes: true } },
} as const satisfies Prisma.InterviewSessionSelect;

type ScheduleRow = Prisma.InterviewSessionGetPayload<{ select: typeof scheduleSelect }>;

function viewOf(row: ScheduleRow, viewerId: string, seesTitles: boolean): ScheduledSessionView {
  const mine = row.interviewerId === viewerId || row.candidateId === viewerId;
  return {
    id: row.id,
    title: mine || seesTitles ? row.title : "Mock interview",
    status: row.status,
    at: (row.scheduledAt ?? row.startedAt) as Date,
    minutes: row.prompt.minutes,
    interviewer: row.interviewer,
    candidate: row.candidate,
    mine,
  };
}

/** The cohort's sessions between two moments, earliest first; any member may see who meets whom when. */
export async function listCohortSchedule(
  db: Db,
  cohortId: string,
  userId: string,
  range: { from: Date; to: Date },
): Promise<ScheduledSessionView[]> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.view, "Only members see the cohort");
  const rows = await db.interviewSession.findMany({
    where: {
      cohortId,
      status: { not: "CANCELLED" },
      OR: [
        { scheduledAt: { gte: range.from, lt: range.to } },
        { scheduledAt: null, startedAt: { gte: range.from, lt: range.to } },
      ],
    },
    orderBy: [{ scheduledAt: "asc" }, { startedAt: "asc" }, { id: "asc" }],
    take: 2000,
    select: scheduleSelect,
  });
  return rows.map((row) => viewOf(row, userId, access.rights.observeSessions));
}

/** A person's own sessions with a time, for their calendar feed: the last 30 days and everything ahead. */
export async function listCalendarSessions(db: Db, userId: string): Promise<ScheduledCalendarEntry[]> {
  const rows = await db.interviewSession.findMany({
    where: {
      status: { not: "CANCELLED" },
      OR: [{ interviewerId: userId }, { candidateId: userId }],
      AND: [
        { OR: [{ scheduledAt: { not: null } }, { startedAt: { not: null } }] },
        {
          OR: [{ scheduledAt: { gte: daysAgo(30) } }, { scheduledAt: null, startedAt: { gte: daysAgo(30) } }],
        },
        // Sessions of a cohort they left are no longer theirs (cohortSessionSeat).
        { OR: [{ cohortId: null }, { cohort: { members: { some: { userId } } } }] },
      ],
    },
    orderBy: [{ scheduledAt: "asc" }, { startedAt: "asc" }],
    take: 500,
    select: { ...scheduleSelect, cohort: { select: { name: true, timeZone: true } } },
  });
  return rows.map((row) => calendarEntryOf(row, userId));
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

/** One session as a calendar event: what it is, when, for how long, in which zone. */
export interface ScheduledCalendarEntry {
  sessionId: string;
  title: string;
  start: Date;
  minutes: number;
  /** The cohort's zone, so calendars show the time as the cohort planned it; UTC outside a cohort. */
  timeZone: string;
  cohortName: string | null;
  role: "interviewer" | "candidate" | "observer";
  partnerName: string | null;
  status: SessionStatus;
}

function calendarEntryOf(
  row: ScheduleRow & { cohort: { name: string; timeZone: string } | null },
  viewerId: string,
): ScheduledCalendarEntry {
  const role =
    row.interviewerId === viewerId ? "interviewer" : row.candidateId === viewerId ? "candidate" : "observer";
  return {
    sessionId: row.id,
    title: row.title,
    start: (row.scheduledAt ?? row.startedAt) as Date,
    minutes: row.prompt.minutes,
    timeZone: row.cohort?.timeZone ?? "UTC",
    cohortName: row.cohort?.name ?? null,
    role,
    partnerName: role === "interviewer" ? (row.candidate?.name ?? null) : row.interviewer.name,
    status: row.status,
  };
}

/** One session as a calendar event, for anyone the session rule lets in. */
export async function getSessionCalendarEntry(
  db: Db,
  sessionId: string,
  userId: string,
): Promise<ScheduledCalendarEntry> {
  await loadSessionAccess(db, sessionId, userId);
  const row = await db.interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { ...scheduleSelect, cohort: { select: { name: true, timeZone: true } } },
  });
  if (!row.scheduledAt && !row.startedAt) throw new ConflictError("This session has no time yet");
  return calendarEntryOf(row, userId);
}
