import "server-only";
import type { MemberProgress } from "@mockboard/db";
import Link from "next/link";
import { kindLabel, roundTypeLabel } from "@/features/prompts";
import { LocalTime } from "@/ui/LocalTime";
import { DimensionChart } from "./DimensionChart";
import { LevelBars } from "./LevelBars";

const signed = (value: number) => `${value > 0 ? "+" : ""}${value.toFixed(1)}`;
const READINGS = {
  "over-rates": "rates themselves higher",
  "under-rates": "rates themselves lower",
  close: "close to the interviewers",
} as const;

/** One member's progress: scores over time per rubric, self-assessment, coverage, what next. */
export function MemberProgressView({
  progress,
  self,
  cohortId,
}: {
  progress: MemberProgress;
  self: boolean;
  cohortId: string;
}) {
  const who = self ? "You" : (progress.member.name ?? "This member");
  const released = progress.families.length > 0;
  return (
    <section className="card member-progress" aria-labelledby="member-progress-title">
      <h2 id="member-progress-title">{self ? "Your progress" : `${who}'s progress`}</h2>
      <dl className="progress-stats">
        <div>
          <dt>Interviewed</dt>
          <dd>{progress.done.asCandidate}</dd>
        </div>
        <div>
          <dt>Interviewed others</dt>
          <dd>{progress.done.asInterviewer}</dd>
        </div>
        <div>
          <dt>Coming up</dt>
          <dd>{progress.upcoming.length}</dd>
        </div>
      </dl>
      {released ? (
        <>
          <h3>Scores over time</h3>
          {progress.families.map((family) => (
            <DimensionChart
              key={family.rubric}
              title={family.title}
              series={family.dimensions.map((series) => ({
                dimension: series.dimension,
                title: series.title,
                points: series.points.map((point) => ({ ...point, at: point.at.toISOString() })),
              }))}
            />
          ))}
          <div className="progress-columns">
            <div>
              <h3>Weakest dimensions</h3>
              <ol className="plain-list">
                {progress.weakest.map((entry) => (
                  <li key={entry.dimension}>
                    <strong>{entry.title}</strong> <span className="muted small">({entry.rubricTitle})</span>:
                    mean {entry.mean.toFixed(1)} over {entry.scores} {entry.scores === 1 ? "score" : "scores"}
                  </li>
                ))}
              </ol>
              <h3>Practise next</h3>
              {progress.suggestions.length ? (
                <ol className="plain-list">
                  {progress.suggestions.map((suggestion) => (
                    <li key={suggestion.slug}>
                      <Link href={`/prompts/${suggestion.slug}`}>{suggestion.title}</Link>{" "}
                      <span className="muted small">for {suggestion.dimensionTitle}</span>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="small muted">
                  Every prompt for these dimensions has been met: ask a coach to write one.
                </p>
              )}
            </div>
            <LevelBars title="Levels received" counts={progress.distribution} />
          </div>
          <h3>Self-assessment against the interviewers</h3>
          {progress.selfAssessment.length ? (
            <table className="data-table stack">
              <caption className="sr-only">Own level minus the interviewer's, averaged per dimension</caption>
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col" className="num">
                    Own minus interviewer
                  </th>
                  <th scope="col" className="num">
                    Sessions
                  </th>
                  <th scope="col">Reading</th>
                </tr>
              </thead>
              <tbody>
                {progress.selfAssessment.map((gap) => (
                  <tr key={gap.dimension}>
                    <th scope="row">
                      {gap.title} <span className="muted small">({gap.rubricTitle})</span>
                    </th>
                    <td className="num" data-label="Own minus interviewer">
                      {signed(gap.meanGap)}
                    </td>
                    <td className="num" data-label="Sessions">
                      {gap.sessions}
                    </td>
                    <td data-label="Reading">{READINGS[gap.reading]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="small muted">No self-assessment to compare yet: fill one in after each session.</p>
          )}
        </>
      ) : (
        <div className="empty">
          <strong>No released feedback yet</strong>
          {self
            ? "Take part in your scheduled sessions; when your interviewer releases the feedback, your scores appear here, dimension by dimension."
            : "Scores appear here once this member's interviewers release feedback."}{" "}
          <Link href={`/cohorts/${cohortId}/schedule`}>See the schedule</Link>
        </div>
      )}
      <div className="progress-columns">
        <div>
          <h3>Coverage</h3>
          {progress.coverage.length ? (
            <table className="data-table stack">
              <caption className="sr-only">Finished sessions as the candidate, by kind and round</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Round</th>
                  <th scope="col" className="num">
                    Sessions
                  </th>
                </tr>
              </thead>
              <tbody>
                {progress.coverage.map((row) => (
                  <tr key={`${row.kind}/${row.roundType}`}>
                    <td data-label="Kind">{kindLabel(row.kind)}</td>
                    <td data-label="Round">{roundTypeLabel(row.roundType)}</td>
                    <td className="num" data-label="Sessions">
                      {row.sessions}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="small muted">No finished sessions as the candidate yet.</p>
          )}
        </div>
        <div>
          <h3>Coming up</h3>
          {progress.upcoming.length ? (
            <ul className="plain-list">
              {progress.upcoming.map((session) => (
                <li key={session.sessionId}>
                  <LocalTime iso={session.at.toISOString()} />:{" "}
                  {session.role === "interviewer"
                    ? `interviewing ${session.partner ?? "a member"}`
                    : `interviewed by ${session.partner ?? "a member"}`}
                  {self ? (
                    <>
                      {" "}
                      · <Link href={`/sessions/${session.sessionId}`}>open</Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="small muted">Nothing scheduled.</p>
          )}
        </div>
      </div>
    </section>
  );
}
