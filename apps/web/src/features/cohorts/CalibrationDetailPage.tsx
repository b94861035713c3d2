import "server-only";
import { CalibrationId, getCalibration } from "@mockboard/db";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/server/db";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";
import { CalibrationScoring } from "./calibration/CalibrationScoring";
import { loadCohort } from "./server/load-cohort";

const Params = z.object({ id: z.string(), calibrationId: CalibrationId });

/**
 * One calibration: the replay to watch, the caller's blind scorecard while they score, and
 * after they submit (or at once for a coach who is not scoring) every submitted rater's level
 * and evidence side by side per dimension.
 */
export async function CalibrationDetailPage({ params }: { params: unknown }) {
  const { calibrationId } = paramsOrNotFound(Params, params);
  const { user, cohort } = await loadCohort(params, `/calibration/${calibrationId}`);
  const view = await orNotFound(getCalibration(db(), calibrationId, user.id));
  if (view.cohortId !== cohort.id) notFound();
  return (
    <>
      <section className="card" aria-labelledby="calibration-title">
        <h2 id="calibration-title">Calibrating “{view.session.title}”</h2>
        <p>
          <Link href={`/sessions/${view.session.id}/replay`}>Watch the replay</Link>
        </p>
        <p className="small muted">
          {view.raters
            .map((rater) => `${rater.name}: ${rater.submitted ? "submitted" : "scoring"}`)
            .join(" · ")}
        </p>
      </section>
      {view.seat && !view.seat.submitted ? (
        <section className="card" aria-labelledby="your-scores-title">
          <h2 id="your-scores-title">Your scores</h2>
          <p className="small muted">The others' scores stay hidden until you submit yours.</p>
          <CalibrationScoring
            calibrationId={view.id}
            dimensions={view.rubric.dimensions.map((d) => ({ key: d.key, title: d.title, levels: d.levels }))}
            draft={view.seat.draft}
          />
        </section>
      ) : null}
      {view.dimensions ? (
        <section className="card" aria-labelledby="side-by-side-title">
          <h2 id="side-by-side-title">Scores side by side</h2>
          {view.dimensions.map((dimension) => (
            <div key={dimension.key} className="calibration-dimension">
              <h3>{dimension.title}</h3>
              {dimension.ratings.length === 0 ? (
                <p className="small muted">Nobody has submitted yet.</p>
              ) : (
                <table className="data-table stack">
                  <caption className="sr-only">Each rater's level and evidence for {dimension.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Rater</th>
                      <th scope="col" className="num">
                        Level
                      </th>
                      <th scope="col">Evidence</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dimension.ratings.map((rating) => (
                      <tr key={rating.raterId}>
                        <th scope="row">{rating.name}</th>
                        <td className="num" data-label="Level">
                          {rating.notObserved ? "Not observed" : (rating.level ?? "–")}
                        </td>
                        <td data-label="Evidence" className="evidence-cell">
                          {rating.evidence.length === 0
                            ? "–"
                            : rating.evidence.map((item) => <p key={item.text}>{item.text}</p>)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
