import "server-only";
import { findPrepGuide } from "@mockboard/prompt-bank";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { paramsOrNotFound } from "@/server/page-guards";
import "./prep.css";

const PrepParams = z.object({ round: z.string().regex(/^[a-z-]{2,40}$/) });

function List({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <section className="card">
      <h2>{title}</h2>
      <ul className="prose">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** One round's preparation guide: format, what to show, a plan, checklists and pitfalls. */
export async function PrepGuidePage({ params }: { params: unknown }) {
  const { round } = paramsOrNotFound(PrepParams, params);
  await requireUser(`/prep/${round}`);
  const guide = findPrepGuide(round);
  if (!guide) notFound();
  return (
    <article className="prep">
      <nav className="small" aria-label="Breadcrumb">
        <Link href="/prep">Prepare</Link> / {guide.title}
      </nav>
      <div className="page-head">
        <div>
          <h1>{guide.title}</h1>
          <p>{guide.summary}</p>
        </div>
        <Link className="btn" href={`/prompts?roundType=${guide.roundType}`}>
          Practise prompts for this round
        </Link>
      </div>
      <div className="prep-columns">
        <div>
          <List title="What the round looks like" items={guide.format} />
          <List title="What to show" items={guide.whatToShow} />
          <section className="card">
            <h2>How to prepare</h2>
            <dl className="prep-steps">
              {guide.howToPrepare.map((step) => (
                <div key={step.title}>
                  <dt>{step.title}</dt>
                  <dd>{step.detail}</dd>
                </div>
              ))}
            </dl>
          </section>
          {guide.duringTheRound.length ? (
            <section className="card">
              <h2>In the round</h2>
              <ol className="prep-plan">
                {guide.duringTheRound.map((step) => (
                  <li key={`${step.when}-${step.what}`}>
                    <strong>{step.when}</strong> {step.what}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <List title="After the round" items={guide.afterTheRound} />
          <List title="Avoid" items={guide.antiPatterns} />
          {guide.variants.length ? (
            <section className="card">
              <h2>Other shapes of this round</h2>
              <dl className="prep-steps">
                {guide.variants.map((variant) => (
                  <div key={variant.title}>
                    <dt>{variant.title}</dt>
                    <dd>{variant.detail}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
        </div>
        <aside>
          <section className="card">
            <h2>Week by week</h2>
            <ol className="prep-ramp">
              {guide.weeklyRamp.map((week) => (
                <li key={week.week}>
                  <strong>{week.week}</strong>
                  <span>{week.focus}</span>
                </li>
              ))}
            </ol>
          </section>
          {guide.checklists.map((checklist) => (
            <List key={checklist.title} title={checklist.title} items={checklist.items} />
          ))}
        </aside>
      </div>
    </article>
  );
}
