import "server-only";
import { listSessionsForUser, type SessionSummary } from "@mockboard/db";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { SessionList } from "./components/SessionList";
import "./sessions.css";

const SessionsQuery = z.object({
  role: z.enum(["interviewer", "candidate"]).optional().catch(undefined),
  when: z.enum(["live", "upcoming", "past"]).optional().catch(undefined),
});
type SessionsQuery = z.infer<typeof SessionsQuery>;

const GROUPS = [
  { when: "live", title: "Live now" },
  { when: "upcoming", title: "Upcoming" },
  { when: "past", title: "Past" },
] as const;

const WHEN_OF: Record<SessionSummary["status"], (typeof GROUPS)[number]["when"]> = {
  LIVE: "live",
  SCHEDULED: "upcoming",
  COMPLETED: "past",
  CANCELLED: "past",
};

function hrefFor(query: SessionsQuery, change: Partial<SessionsQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `/sessions?${text}` : "/sessions";
}

function FilterLinks<K extends keyof SessionsQuery>(props: {
  label: string;
  name: K;
  query: SessionsQuery;
  options: { value: SessionsQuery[K]; label: string }[];
}) {
  return (
    <nav className="tabs" aria-label={props.label}>
      {props.options.map((option) => (
        <Link
          key={option.label}
          href={hrefFor(props.query, { [props.name]: option.value })}
          aria-current={props.query[props.name] === option.value ? "page" : undefined}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}

/** Your sessions on either side of the table: live, upcoming and past, filterable by role and time. */
export async function SessionsPage({ searchParams }: { searchParams: unknown }) {
  const user = await requireUser("/sessions");
  const query = SessionsQuery.parse(searchParams ?? {});
  const sessions = await listSessionsForUser(db(), user.id, query);
  const groups = GROUPS.filter((group) => !query.when || query.when === group.when)
    .map((group) => ({
      ...group,
      sessions: sessions.filter((session) => WHEN_OF[session.status] === group.when),
    }))
    .filter((group) => group.sessions.length > 0);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Sessions</h1>
          <p>Every mock interview you ran or sat.</p>
        </div>
        <Link className="btn btn-primary" href="/prompts">
          New session from a prompt
        </Link>
      </div>
      <div className="filters-row">
        <FilterLinks
          label="Your role"
          name="role"
          query={query}
          options={[
            { value: undefined, label: "Both roles" },
            { value: "interviewer", label: "As interviewer" },
            { value: "candidate", label: "As candidate" },
          ]}
        />
        <FilterLinks
          label="When"
          name="when"
          query={query}
          options={[
            { value: undefined, label: "All" },
            { value: "live", label: "Live" },
            { value: "upcoming", label: "Upcoming" },
            { value: "past", label: "Past" },
          ]}
        />
      </div>
      {groups.length ? (
        groups.map((group) => (
          <section key={group.when} className="card" aria-labelledby={`sessions-${group.when}`}>
            <h2 id={`sessions-${group.when}`}>{group.title}</h2>
            <SessionList sessions={group.sessions} userId={user.id} />
          </section>
        ))
      ) : (
        <div className="card empty">
          <strong>{query.role || query.when ? "No sessions match these filters" : "No sessions yet"}</strong>
          {query.role || query.when ? (
            <Link href="/sessions">Show every session</Link>
          ) : (
            "Choose a prompt in the bank and start a session with it."
          )}
        </div>
      )}
    </>
  );
}
