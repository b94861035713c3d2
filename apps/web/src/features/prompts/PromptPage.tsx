import "server-only";
import {
  ForbiddenError,
  getPromptBrief,
  getPromptWithGuide,
  listCohortsForUser,
  PromptSlug,
} from "@mockboard/db";
import { findPrepGuide } from "@mockboard/prompt-bank";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";
import { InterviewerGuideView } from "./components/InterviewerGuideView";
import { PhasePlan } from "./components/PhasePlan";
import { PromptBadges } from "./components/PromptBadges";
import { PromptBriefView } from "./components/PromptBriefView";
import { PromptStagesView } from "./components/PromptStagesView";
import { RubricView } from "./components/RubricView";
import "./prompts.css";

const PromptParams = z.object({ slug: PromptSlug });

const PromptQuery = z.object({
  view: z.enum(["candidate", "interviewer"]).catch("interviewer"),
  version: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** The prompt with its guide, or null when the interview rules keep the guide from this viewer. */
async function guideIfReadable(slug: string, viewerId: string, version: number | undefined) {
  try {
    return await getPromptWithGuide(db(), slug, viewerId, version);
  } catch (error) {
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}

export async function PromptPage({ params, searchParams }: { params: unknown; searchParams: unknown }) {
  const { slug } = paramsOrNotFound(PromptParams, params);
  const user = await requireUser(`/prompts/${slug}`);
  const query = PromptQuery.parse(searchParams);
  const candidateView = query.view === "candidate";
  // The candidate view never loads the guide from the database at all.
  const full = candidateView ? null : await orNotFound(guideIfReadable(slug, user.id, query.version));
  // Asked for the interviewer view but the rules keep the guide from this person.
  const guideWithheld = !candidateView && full === null;
  const prompt = full ?? (await orNotFound(getPromptBrief(db(), slug, user.id, query.version)));
  const cohorts = await listCohortsForUser(db(), user.id);
  const rubric = prompt.rubric.definition;
  const versionQuery = query.version ? `&version=${query.version}` : "";
  const firstAuthor = full?.versions.at(-1)?.author?.name ?? null;

  return (
    <>
      <nav className="small" aria-label="Breadcrumb">
        <Link href="/prompts">Prompt bank</Link> / {prompt.title}
      </nav>
      <div className="page-head">
        <div>
          <h1>{prompt.title}</h1>
          <PromptBadges {...prompt} />
          {findPrepGuide(prompt.roundType) ? (
            <p className="small prep-link">
              <Link href={`/prep/${prompt.roundType}`}>How to prepare for this round</Link>
            </p>
          ) : null}
          {prompt.cohort ? <span className="tag tag-cohort">{prompt.cohort.name}</span> : null}
          {!prompt.isCurrent ? (
            <span className="badge badge-warn">Older version {prompt.version}</span>
          ) : null}
        </div>
        <div style={{ display: "flex", gap: "0.5rem", alignItems: "center", flexWrap: "wrap" }}>
          <nav className="tabs" aria-label="View as">
            <Link
              href={`/prompts/${slug}?view=interviewer${versionQuery}`}
              aria-current={candidateView ? undefined : "page"}
            >
              Interviewer view
            </Link>
            <Link
              href={`/prompts/${slug}?view=candidate${versionQuery}`}
              aria-current={candidateView ? "page" : undefined}
            >
              Candidate view
            </Link>
          </nav>
          {full?.canEdit ? (
            <Link className="btn" href={`/prompts/${slug}/edit`}>
              Edit
            </Link>
          ) : null}
          <form action="/api/sessions" method="post" className="start-session">
            <input type="hidden" name="promptId" value={prompt.id} />
            {cohorts.length ? (
              <select name="cohortId" aria-label="Cohort" defaultValue={prompt.cohortId ?? ""}>
                <option value="">No cohort</option>
                {cohorts.map(({ cohort }) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </option>
                ))}
              </select>
            ) : null}
            <button className="btn btn-primary" type="submit">
              Start a session with this prompt
            </button>
          </form>
        </div>
      </div>
      <div className="prompt-grid">
        <div>
          <section className="card" aria-labelledby="brief-title">
            <h2 id="brief-title">Candidate brief</h2>
            <PromptBriefView brief={prompt.brief} />
          </section>
          {guideWithheld ? (
            <p className="alert small" role="note">
              The interviewer guide is hidden: either you have an interview coming up on this prompt, or it
              belongs to a cohort whose owners and coaches keep its guide.
            </p>
          ) : null}
          {full?.stages.length ? (
            <section className="card guide" aria-labelledby="stages-title">
              <h2 id="stages-title">Later parts</h2>
              <p className="small muted">
                The candidate starts with the brief; in the room the interviewer reveals each part in turn.
              </p>
              <PromptStagesView stages={full.stages.map((stage) => ({ stage, revealed: true }))} />
            </section>
          ) : null}
          {full ? (
            <section className="card guide" aria-label="Interviewer guide">
              <InterviewerGuideView guide={full.guide} />
            </section>
          ) : null}
        </div>
        <aside>
          <section className="card">
            <h2>Phases</h2>
            {/* What to look for in each phase is part of the guide. */}
            <PhasePlan
              phases={full ? prompt.phases : prompt.phases.map(({ lookFor: _, ...phase }) => phase)}
            />
          </section>
          <section className="card">
            <h2>Rubric: {rubric.title}</h2>
            <RubricView rubric={rubric} />
          </section>
          {full && full.versions.length > 1 ? (
            <section className="card">
              <h2>Versions</h2>
              <ul className="list">
                {full.versions.map((version) => (
                  <li key={version.version}>
                    <Link href={`/prompts/${slug}?version=${version.version}`}>
                      Version {version.version}
                    </Link>
                    <span className="small muted">
                      {version.isCurrent ? "current · " : ""}
                      {version.createdAt.toISOString().slice(0, 10)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {/* Where the prompt comes from, as a reader would put it: the seed documents the
              built-in bank was written from are internal and never named. */}
          <p className="small muted">
            {prompt.cohort
              ? `Written for ${prompt.cohort.name}${firstAuthor ? ` by ${firstAuthor}` : ""}.`
              : "From Mockboard's built-in prompt bank."}
          </p>
        </aside>
      </div>
    </>
  );
}
