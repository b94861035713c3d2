import "server-only";
import {
  getCalendarFeedStatus,
  getRotation,
  listCohortMembers,
  listCohortSchedule,
  type RoundView,
  type ScheduledSessionView,
} from "@mockboard/db";
import { DateTime } from "luxon";
import { z } from "zod";
import { db } from "@/server/db";
import { CalendarFeedBox } from "./schedule/CalendarFeedBox";
import { DraftRound, type DraftRoundProps } from "./schedule/DraftRound";
import { RoundForm } from "./schedule/RoundForm";
import { type ScheduleItem, ScheduleView } from "./schedule/ScheduleView";
import { loadCohort } from "./server/load-cohort";
import { instantToWallTime } from "./server/zoned-time";

const ScheduleQuery = z
  .object({
    week: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .catch({});

/** Next `weekday` (1 = Monday) at `hour`:00 in `zone`, at least a day from now. */
function next(weekday: number, hour: number, zone: string): DateTime {
  let day = DateTime.now()
    .setZone(zone)
    .plus({ days: 1 })
    .set({ hour, minute: 0, second: 0, millisecond: 0 });
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  return day;
}

function draftProps(draft: RoundView, names: Map<string, string>): DraftRoundProps {
  const name = (id: string) => names.get(id) ?? "A member";
  const session = (pairing: RoundView["pairings"][number]) => ({
    id: pairing.id,
    interviewer: { id: pairing.interviewer.id, name: name(pairing.interviewer.id) },
    candidate: { id: pairing.candidate.id, name: name(pairing.candidate.id) },
    prompt: pairing.prompt,
    alternatives: pairing.alternatives,
  });
  const firsts = draft.pairings.filter((pairing) => pairing.slot === 1);
  return {
    roundId: draft.id,
    number: draft.number,
    firstSlotAt: draft.firstSlotAt.toISOString(),
    secondSlotAt: draft.secondSlotAt.toISOString(),
    pairs: firsts.map((first) => {
      const second = draft.pairings.find(
        (pairing) =>
          pairing.slot === 2 &&
          pairing.interviewer.id === first.candidate.id &&
          pairing.candidate.id === first.interviewer.id,
      );
      return { first: session(first), second: second ? session(second) : null };
    }),
    bye: draft.seats.find((seat) => seat.seat === "BYE")?.name ?? null,
    unavailable: draft.seats
      .filter((seat) => seat.seat === "UNAVAILABLE")
      .map((seat) => seat.name ?? "A member"),
    seated: draft.seats
      .filter((seat) => seat.seat !== "UNAVAILABLE")
      .map((seat) => ({ id: seat.userId, name: seat.name ?? "A member" })),
  };
}

/**
 * The schedule tab: the week (or the list of what is coming) in the viewer's zone, their
 * calendar link, and for owners and coaches the rotation: generate, check and publish.
 */
export async function SchedulePage({ params, searchParams }: { params: unknown; searchParams: unknown }) {
  const { user, cohort } = await loadCohort(params, "/schedule");
  const query = ScheduleQuery.parse(searchParams);
  const zone = cohort.timeZone;
  const today = DateTime.now().setZone(zone).startOf("week");
  const chosen = query.week ? DateTime.fromISO(query.week, { zone }) : today;
  const weekStart = (chosen.isValid ? chosen : today).startOf("week");
  const canRun = cohort.rights.runRotation;
  const [week, upcoming, rotation, members, feed] = await Promise.all([
    // A day either side: the viewer's own zone may put an edge session into this week.
    listCohortSchedule(db(), cohort.id, user.id, {
      from: weekStart.minus({ days: 1 }).toJSDate(),
      to: weekStart.plus({ days: 8 }).toJSDate(),
    }),
    listCohortSchedule(db(), cohort.id, user.id, {
      from: DateTime.now().minus({ hours: 3 }).toJSDate(),
      to: DateTime.now().plus({ weeks: 8 }).toJSDate(),
    }),
    canRun ? getRotation(db(), cohort.id, user.id, 1) : null,
    canRun ? listCohortMembers(db(), cohort.id, user.id) : [],
    getCalendarFeedStatus(db(), user.id),
  ]);
  const item = (session: ScheduledSessionView): ScheduleItem => ({
    id: session.id,
    title: session.title,
    at: session.at.toISOString(),
    minutes: session.minutes,
    status: session.status,
    interviewer: session.interviewer.name ?? "A member",
    candidate: session.candidate?.name ?? null,
    mine: session.mine,
    open: session.mine || cohort.rights.observeSessions,
  });
  const names = new Map(members.map((member) => [member.userId, member.name ?? "A member"]));
  const lastNumber = rotation?.draft?.number ?? rotation?.published[0]?.number ?? 0;
  // The form suggests Tuesday 18:00 and, with roles swapped, Thursday 18:00.
  const nextTuesday = next(2, 18, zone);
  return (
    <>
      {rotation ? (
        <section className="card rotation" aria-labelledby="rotation-title">
          <h2 id="rotation-title">Rotation</h2>
          {rotation.draft ? (
            <DraftRound {...draftProps(rotation.draft, names)} />
          ) : (
            <RoundForm
              cohortId={cohort.id}
              cohortZone={zone}
              roundNumber={lastNumber + 1}
              members={members.map((member) => ({ id: member.userId, name: member.name ?? "A member" }))}
              defaults={{
                firstSlotAt: instantToWallTime(nextTuesday.toJSDate(), zone),
                secondSlotAt: instantToWallTime(nextTuesday.plus({ days: 2 }).toJSDate(), zone),
              }}
            />
          )}
        </section>
      ) : null}
      <ScheduleView
        week={week.map(item)}
        upcoming={upcoming.map(item)}
        weekStart={weekStart.toISODate() ?? ""}
        cohortZone={zone}
        previousWeek={weekStart.minus({ weeks: 1 }).toISODate() ?? ""}
        nextWeek={weekStart.plus({ weeks: 1 }).toISODate() ?? ""}
        thisWeek={today.toISODate() ?? ""}
      />
      <CalendarFeedBox active={feed !== null} />
    </>
  );
}
