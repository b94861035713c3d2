import "server-only";
import type { CohortProgress } from "@mockboard/db";
import { countOf } from "@/ui/count-of";
import { LevelBars } from "./LevelBars";

/** The cohort as a whole: weakest dimensions, how scores spread, who took part. Released feedback only. */
export function CohortProgressView({ progress }: { progress: CohortProgress }) {
  return (
    <section className="card cohort-progress" aria-labelledby="cohort-progress-title">
      <h2 id="cohort-progress-title">The cohort</h2>
      {progress.releasedSessions === 0 ? (
        <div className="empty">
          <strong>No released feedback in the cohort yet</strong>
          Once interviewers release feedback on the cohort's sessions, the weakest dimensions and the spread
          of scores show here.
        </div>
      ) : (
        <>
          <p className="small muted">From {progress.releasedSessions} sessions with released feedback.</p>
          <div className="progress-columns">
            <div>
              <h3>Weakest dimensions</h3>
              <ol className="plain-list">
                {progress.weakest.map((entry) => (
                  <li key={entry.dimension}>
                    <strong>{entry.title}</strong> <span className="muted small">({entry.rubricTitle})</span>:
                    mean {entry.mean.toFixed(2)} over {countOf(entry.scores, "score")}
                  </li>
                ))}
              </ol>
            </div>
            <LevelBars title="All levels given" counts={progress.overall} />
          </div>
          <h3>Distribution per dimension</h3>
          <table className="data-table stack">
            <caption className="sr-only">
              How many of each level every dimension received, weakest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                {[1, 2, 3, 4].map((level) => (
                  <th key={level} scope="col" className="num">
                    Level {level}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {progress.distribution.map((row) => (
                <tr key={row.dimension}>
                  <th scope="row">
                    {row.title} <span className="muted small">({row.rubricTitle})</span>
                  </th>
                  {([1, 2, 3, 4] as const).map((level) => (
                    <td key={level} className="num" data-label={`Level ${level}`}>
                      {row.counts[level - 1]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>Participation</h3>
      <table className="data-table stack">
        <caption className="sr-only">Finished sessions per member</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col" className="num">
              Interviewed
            </th>
            <th scope="col" className="num">
              Interviewed others
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.participation.map((row) => (
            <tr key={row.userId}>
              <th scope="row">{row.name ?? "A member"}</th>
              <td className="num" data-label="Interviewed">
                {row.asCandidate}
              </td>
              <td className="num" data-label="Interviewed others">
                {row.asInterviewer}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
