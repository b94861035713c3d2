"use client";

import Link from "next/link";
import { useState } from "react";
import { useViewerZone } from "@/ui/use-viewer-zone";
import { ViewToggle } from "../components/ViewToggle";
import { byLocalDate, dayHeading, timeOfDay, weekDates, zoneShortName } from "./week-days";

/** A session as the schedule shows it (times as ISO strings: props cross to the browser). */
export interface ScheduleItem {
  id: string;
  title: string;
  at: string;
  minutes: number;
  status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";
  interviewer: string;
  candidate: string | null;
  mine: boolean;
  /** The viewer may open it (their own, or they observe the cohort's sessions). */
  open: boolean;
}

const STATUS_LABELS: Record<ScheduleItem["status"], string> = {
  SCHEDULED: "Scheduled",
  LIVE: "Live now",
  COMPLETED: "Done",
  CANCELLED: "Cancelled",
};

function SessionLine({ item, zone }: { item: ScheduleItem; zone: string }) {
  return (
    <div className={`schedule-item${item.mine ? " mine" : ""}`}>
      <div className="schedule-time">
        <time dateTime={item.at}>{timeOfDay(item.at, zone, "en-GB")}</time>
        <span className="muted small schedule-length"> · {item.minutes} min</span>
      </div>
      <div className="schedule-who">
        {item.interviewer} interviews {item.candidate ?? "a candidate"}
        {item.mine ? <span className="badge badge-mine">You</span> : null}
      </div>
      <div className="schedule-title small">
        {item.open ? (
          <Link href={`/sessions/${item.id}`}>{item.title}</Link>
        ) : (
          <span className="muted">{item.title}</span>
        )}
        {item.status !== "SCHEDULED" ? <span className="muted"> · {STATUS_LABELS[item.status]}</span> : null}
        {item.open ? (
          <>
            {" · "}
            <a href={`/api/sessions/${item.id}/calendar`} download>
              .ics<span className="sr-only"> for {item.title}</span>
            </a>
          </>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The cohort's schedule as a week (seven day columns; a list of days on a phone) or as a
 * list of what is coming. Times are the viewer's own, with the zone named; before the
 * browser has said which zone it is in, the cohort's zone is shown (and named).
 */
export function ScheduleView(props: {
  week: ScheduleItem[];
  upcoming: ScheduleItem[];
  weekStart: string;
  cohortZone: string;
  previousWeek: string;
  nextWeek: string;
  thisWeek: string;
}) {
  const zone = useViewerZone() ?? props.cohortZone;
  const [view, setView] = useState<"week" | "list">("week");
  const days = weekDates(props.weekStart);
  const weekByDay = byLocalDate(props.week, zone);
  const upcomingByDay = byLocalDate(props.upcoming, zone);
  return (
    <section className="card schedule" aria-labelledby="schedule-title">
      <div className="schedule-head">
        <h2 id="schedule-title">Schedule</h2>
        <ViewToggle
          legend="Show the schedule as"
          options={[
            { value: "week", label: "Week" },
            { value: "list", label: "List" },
          ]}
          value={view}
          onChange={setView}
        />
      </div>
      <p className="small muted schedule-zone">
        Times in <strong>{zone}</strong> ({zoneShortName(zone)})
        {zone !== props.cohortZone ? <>; the cohort plans in {props.cohortZone}</> : null}.
      </p>
      {view === "week" ? (
        <>
          <nav className="week-nav" aria-label="Weeks">
            <Link href={`?week=${props.previousWeek}`} className="btn btn-small" scroll={false}>
              ← Previous week
            </Link>
            <strong>Week of {dayHeading(days[0] as string, "en-GB")}</strong>
            <Link href={`?week=${props.nextWeek}`} className="btn btn-small" scroll={false}>
              Next week →
            </Link>
            {props.weekStart !== props.thisWeek ? (
              <Link href={`?week=${props.thisWeek}`} className="small" scroll={false}>
                This week
              </Link>
            ) : null}
          </nav>
          <ol className="week-grid">
            {days.map((day) => {
              const items = weekByDay.get(day) ?? [];
              return (
                <li key={day} className="week-day">
                  <h3>{dayHeading(day, "en-GB")}</h3>
                  {items.length ? (
                    items.map((item) => <SessionLine key={item.id} item={item} zone={zone} />)
                  ) : (
                    <p className="small muted">No sessions</p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : upcomingByDay.size ? (
        <ol className="schedule-list">
          {[...upcomingByDay].map(([day, items]) => (
            <li key={day}>
              <h3>{dayHeading(day, "en-GB")}</h3>
              {items.map((item) => (
                <SessionLine key={item.id} item={item} zone={zone} />
              ))}
            </li>
          ))}
        </ol>
      ) : (
        <div className="empty">
          <strong>Nothing scheduled in the next eight weeks</strong>
          When the cohort's owner publishes a round, its sessions appear here.
        </div>
      )}
    </section>
  );
}
