import "server-only";
import { getReplaySharing, loadReplayView, SessionId } from "@mockboard/db";
import { parseMoment } from "@mockboard/interview";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { ReplayCodeSurface } from "@/features/codepad";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";
import { ReplayPlayer } from "./components/ReplayPlayer";
import { ShareReplay } from "./components/ShareReplay";
import type { ReplayItem, ReplayScorecard } from "./replay-items";
import "./replay.css";

const ReplayParams = z.object({ id: SessionId });

/**
 * The replay of a finished session. Who may watch and what of it they read comes from the
 * interview rules (through loadReplayView): notes, scores and the guide's material are not
 * loaded at all for someone who may not see them, so they are in no HTML or props.
 */
export async function ReplayPage({
  params,
  searchParams,
}: {
  params: unknown;
  searchParams: { t?: string | string[] };
}) {
  const { id } = paramsOrNotFound(ReplayParams, params);
  const user = await requireUser(`/sessions/${id}/replay`);
  const view = await orNotFound(loadReplayView(db(), id, user.id));
  const sharing = view.access.can.shareReplay ? await getReplaySharing(db(), id, user.id) : null;
  const moment = typeof searchParams.t === "string" ? parseMoment(searchParams.t) : null;

  const dimensions =
    (view.scorecard?.rubric ?? view.feedback?.rubric)?.dimensions.map(({ key, title }) => ({ key, title })) ??
    [];
  const titles = new Map(dimensions.map((dimension) => [dimension.key, dimension.title]));
  const notes: ReplayItem[] | null =
    view.notes?.map((note) => ({
      id: note.id,
      atMs: note.offsetMs,
      text: note.text,
      dimension: note.dimensionKey ? (titles.get(note.dimensionKey) ?? note.dimensionKey) : undefined,
    })) ?? null;
  const card = view.scorecard?.draft ?? view.feedback?.interviewer ?? null;
  const scorecard: ReplayScorecard | null = card
    ? {
        editable: view.scorecard !== null && view.scorecard.submittedAt === null,
        dimensions,
        levels: card.levels,
        evidence: card.evidence,
        recommendation: card.recommendation,
        summary: card.summary,
      }
    : null;

  // The code pad shows when the room ended on it, or code was run or the surface switched on the way.
  const hadCode =
    view.surface !== "board" ||
    view.timeline.some((entry) =>
      ["CODE_RUN", "CODE_LANGUAGE_CHANGED", "SURFACE_CHANGED"].includes(entry.kind),
    );
  const people = Object.fromEntries(view.people.map((person) => [person.id, person.name ?? "Someone"]));

  return (
    <div className="replay-page">
      <header className="replay-header">
        <div>
          <p className="muted small">
            <Link href={`/sessions/${id}`}>Back to the session</Link>
          </p>
          <h1>Replay: {view.title}</h1>
          <p className="muted small">{view.prompt.title}</p>
        </div>
        <nav className="replay-header-links" aria-label="Report">
          <Link className="btn btn-small" href={`/sessions/${id}/replay/report`}>
            Printable report
          </Link>
          <a className="btn btn-small" href={`/api/sessions/${id}/replay/report`} download>
            Report as Markdown
          </a>
          {sharing ? <ShareReplay sessionId={id} initial={sharing} /> : null}
        </nav>
      </header>
      <ReplayPlayer
        sessionId={id}
        title={view.title}
        licenseKey={env().NEXT_PUBLIC_TLDRAW_LICENSE_KEY}
        durationMs={Math.max(1, view.durationMs)}
        initialMs={moment}
        phases={view.phases}
        timeline={view.timeline}
        notes={notes}
        scorecard={scorecard}
        surface={view.surface}
        code={hadCode ? <ReplayCodeSurface people={people} /> : null}
      />
    </div>
  );
}
