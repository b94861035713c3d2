import "server-only";
import { listCohortPrompts } from "@mockboard/db";
import Link from "next/link";
import { difficultyLabel, kindLabel, roundTypeLabel } from "@/features/prompts";
import { db } from "@/server/db";
import { LocalTime } from "@/ui/LocalTime";
import { loadCohort } from "./server/load-cohort";

/** The prompts tab: the cohort's own prompts; owners and coaches write more. */
export async function CohortPromptsPage({ params }: { params: unknown }) {
  const { user, cohort } = await loadCohort(params, "/prompts");
  const prompts = await listCohortPrompts(db(), cohort.id, user.id);
  return (
    <section className="card" aria-labelledby="cohort-prompts-title">
      <div className="section-head">
        <h2 id="cohort-prompts-title">The cohort's own prompts</h2>
        {cohort.rights.writePrompts ? (
          <Link className="btn btn-primary" href="/prompts/new">
            Write a prompt
          </Link>
        ) : null}
      </div>
      <p className="small muted">
        Rotations draw on these and on the built-in bank
        {cohort.kinds.length || cohort.rounds.length
          ? ", within the kinds and rounds the cohort practises"
          : ""}
        . Only members see them; only owners and coaches read their guides.
      </p>
      {prompts.length ? (
        <ul className="list">
          {prompts.map((prompt) => (
            <li key={prompt.slug}>
              <div>
                <Link href={`/prompts/${prompt.slug}`}>{prompt.title}</Link>
                <div className="small muted">
                  {kindLabel(prompt.kind)} · {roundTypeLabel(prompt.roundType)} ·{" "}
                  {difficultyLabel(prompt.difficulty)} · {prompt.minutes} min · version {prompt.version}
                  {prompt.author ? ` by ${prompt.author}` : ""},{" "}
                  <LocalTime iso={prompt.updatedAt.toISOString()} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty">
          <strong>No prompts of the cohort's own yet</strong>
          {cohort.rights.writePrompts
            ? "Write one for a question your team is asked; the built-in bank covers the rest."
            : "The built-in bank has plenty to practise with."}{" "}
          <Link href="/prompts">Browse the bank</Link>
        </div>
      )}
    </section>
  );
}
