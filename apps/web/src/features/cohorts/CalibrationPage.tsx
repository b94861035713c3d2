import "server-only";
import { getCohortCalibration, listCalibratableSessions, listCohortMembers } from "@mockboard/db";
import Link from "next/link";
import { db } from "@/server/db";
import { CalibrationRequestForm } from "./calibration/CalibrationRequestForm";
import { loadCohort } from "./server/load-cohort";

const METHOD = { "weighted-kappa": "Weighted kappa", "krippendorff-alpha": "Krippendorff's alpha" } as const;
const BAND = { weak: "Flagged: below 0.6", substantial: "Substantial", strong: "Strong: above 0.8" } as const;
const READING = { lenient: "Scores high", severe: "Scores low", "in line": "In line" } as const;

const figure = (value: number | null) => (value === null ? "–" : value.toFixed(2));

/**
 * The calibration tab: owners and coaches ask for blind scoring and read agreement per
 * dimension and each interviewer's leniency; members are told where their requests arrive.
 */
export async function CalibrationPage({ params }: { params: unknown }) {
  const { user, cohort } = await loadCohort(params, "/calibration");
  if (!cohort.rights.calibrate) {
    return (
      <section className="card">
        <h2>Calibration</h2>
        <p className="empty">
          When a coach asks you to score a session blind, the request arrives in your notifications and is
          listed under{" "}
          <Link href={`/cohorts/${cohort.id}`}>Your calibration requests on the Members tab</Link>.
        </p>
      </section>
    );
  }
  const [tab, sessions, members] = await Promise.all([
    getCohortCalibration(db(), cohort.id, user.id),
    listCalibratableSessions(db(), cohort.id, user.id),
    listCohortMembers(db(), cohort.id, user.id),
  ]);
  return (
    <>
      <section className="card" aria-labelledby="ask-title">
        <h2 id="ask-title">Ask for blind scores</h2>
        <p className="small muted">
          Each person scores the replay without seeing the others' scores until they submit their own.
        </p>
        <CalibrationRequestForm
          cohortId={cohort.id}
          sessions={sessions.map((session) => ({
            id: session.id,
            label: `${session.title}: ${session.interviewer} with ${session.candidate}`,
            candidateId: session.candidateId,
          }))}
          people={members.map((member) => ({ id: member.userId, name: member.name ?? "A member" }))}
        />
      </section>
      <section className="card" aria-labelledby="calibrations-title">
        <h2 id="calibrations-title">Calibrations</h2>
        {tab.calibrations.length === 0 ? (
          <p className="empty">None yet: ask for blind scores on a finished session above.</p>
        ) : (
          <ul className="plain-list">
            {tab.calibrations.map((calibration) => (
              <li key={calibration.id}>
                <Link href={`/cohorts/${cohort.id}/calibration/${calibration.id}`}>
                  {calibration.sessionTitle}
                </Link>{" "}
                <span className="small muted">
                  {calibration.submitted} of {calibration.raters} submitted
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="agreement-title">
        <h2 id="agreement-title">Agreement per dimension</h2>
        {tab.agreement.length === 0 ? (
          <p className="empty">Agreement appears once two people have submitted scores for a calibration.</p>
        ) : (
          <table className="data-table stack">
            <caption className="sr-only">
              How alike the cohort's interviewers score, per rubric dimension
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Measure</th>
                <th scope="col" className="num">
                  Agreement
                </th>
                <th scope="col">95% interval</th>
                <th scope="col" className="num">
                  Sessions
                </th>
                <th scope="col">Reading</th>
              </tr>
            </thead>
            <tbody>
              {tab.agreement.map((row) => (
                <tr key={row.dimension}>
                  <th scope="row">
                    {row.label.title} <span className="muted small">({row.label.rubricTitle})</span>
                  </th>
                  <td data-label="Measure">{row.method ? METHOD[row.method] : "Not enough scores"}</td>
                  <td className="num" data-label="Agreement">
                    {figure(row.value)}
                  </td>
                  <td data-label="95% interval">
                    {row.interval ? `${figure(row.interval.low)} to ${figure(row.interval.high)}` : "–"}
                  </td>
                  <td className="num" data-label="Sessions">
                    {row.units}
                  </td>
                  <td data-label="Reading">{row.band ? BAND[row.band] : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="leniency-title">
        <h2 id="leniency-title">Interviewer leniency</h2>
        <p className="small muted">
          How far each interviewer's levels sit from the others' on the same dimensions, over every scorecard
          they submitted in this cohort.
        </p>
        {tab.leniency.length === 0 ? (
          <p className="empty">Leniency appears once two interviewers have submitted scorecards.</p>
        ) : (
          <table className="data-table stack">
            <caption className="sr-only">Each interviewer's mean difference from the others</caption>
            <thead>
              <tr>
                <th scope="col">Interviewer</th>
                <th scope="col" className="num">
                  Mean difference (levels)
                </th>
                <th scope="col" className="num">
                  Scores
                </th>
                <th scope="col">Reading</th>
              </tr>
            </thead>
            <tbody>
              {tab.leniency.map((row) => (
                <tr key={row.raterId}>
                  <th scope="row">{row.name}</th>
                  <td className="num" data-label="Mean difference (levels)">
                    {`${row.meanDifference >= 0 ? "+" : ""}${row.meanDifference.toFixed(2)}`}
                  </td>
                  <td className="num" data-label="Scores">
                    {row.scores}
                  </td>
                  <td data-label="Reading">{READING[row.reading]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
