import "server-only";
import { loadReplayView, SessionId } from "@mockboard/db";
import { formatClock, recommendationLabels, replayMomentPath } from "@mockboard/interview";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";
import { PrintButton } from "./components/PrintButton";
import { ReportBoard } from "./components/ReportBoard";
import "./replay.css";

const Params = z.object({ id: SessionId });

const levelText = (value: number | null | undefined) =>
  value === undefined ? "not scored" : value === null ? "not observed" : `${value} of 4`;

/** The session report as a page that prints to a clean PDF from the browser. */
export async function ReportPage({ params }: { params: unknown }) {
  const { id } = paramsOrNotFound(Params, params);
  const user = await requireUser(`/sessions/${id}/replay/report`);
  const view = await orNotFound(loadReplayView(db(), id, user.id));
  const card = view.scorecard?.draft ?? view.feedback?.interviewer ?? null;
  const rubric = view.scorecard?.rubric ?? view.feedback?.rubric;
  const self = view.feedback?.self ?? null;
  const moment = (ms: number) => <Link href={replayMomentPath(id, ms)}>{formatClock(ms)}</Link>;

  return (
    <article className="report">
      <div className="report-actions">
        <Link href={`/sessions/${id}/replay`}>Back to the replay</Link>
        <PrintButton />
      </div>
      <h1>{view.title}</h1>
      <p className="muted">
        {view.people.map((person) => `${person.name ?? "Someone"} (${person.role})`).join(", ")} ·{" "}
        {formatClock(view.durationMs)}
      </p>
      <section>
        <h2>Prompt: {view.prompt.title}</h2>
        <p>{view.prompt.brief.summary}</p>
        {view.prompt.brief.requirements.length ? (
          <ul>
            {view.prompt.brief.requirements.map((requirement) => (
              <li key={requirement}>{requirement}</li>
            ))}
          </ul>
        ) : null}
      </section>
      <section>
        <h2>Phases</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
              <th scope="col">Started</th>
            </tr>
          </thead>
          <tbody>
            {view.phases.map((band) => (
              <tr key={`${band.phaseIndex}-${band.fromMs}`}>
                <td>{band.title}</td>
                <td>{formatClock(band.plannedMs)}</td>
                <td>{formatClock(band.toMs - band.fromMs)}</td>
                <td>{moment(band.fromMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {card && rubric ? (
        <section>
          <h2>Scores</h2>
          {rubric.dimensions.map((dimension) => (
            <div key={dimension.key} className="report-dimension">
              <h3>
                {dimension.title}: {levelText(card.levels[dimension.key])}
              </h3>
              <ul>
                {(card.evidence[dimension.key] ?? []).map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: evidence items have no ids
                  <li key={index}>
                    {item.text} {item.atMs === undefined ? null : <>({moment(item.atMs)})</>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {card.recommendation ? (
            <p>
              <strong>Recommendation:</strong> {recommendationLabels[card.recommendation]}
            </p>
          ) : null}
          {card.summary.trim() ? <p className="replay-summary">{card.summary}</p> : null}
        </section>
      ) : null}
      {self && rubric ? (
        <section>
          <h2>The candidate's self-assessment</h2>
          <ul>
            {rubric.dimensions.map((dimension) => (
              <li key={dimension.key}>
                {dimension.title}: {levelText(self.levels[dimension.key])}
              </li>
            ))}
          </ul>
          {self.summary.trim() ? <p className="replay-summary">{self.summary}</p> : null}
        </section>
      ) : null}
      <section className="report-board-section">
        <h2>The board at the end</h2>
        <ReportBoard sessionId={id} licenseKey={env().NEXT_PUBLIC_TLDRAW_LICENSE_KEY} />
      </section>
    </article>
  );
}
