"use client";

import { CustomPromptInput, Difficulty, RoundType } from "@mockboard/prompt-bank";
import { useRouter } from "next/navigation";
import { type FormEvent, useMemo, useState } from "react";
import { z } from "zod";
import { DIFFICULTY_LABELS, KIND_LABELS, roundTypeLabel } from "../labels";
import { formToInput, type PromptFormFields } from "../prompt-form";
import { InterviewerGuideView } from "./InterviewerGuideView";
import { PhasePlan } from "./PhasePlan";
import { PromptBriefView } from "./PromptBriefView";

interface Props {
  /** POST to a cohort's collection, or PUT to an existing prompt. */
  target: { method: "POST"; url: string } | { method: "PUT"; url: string };
  cohorts?: { id: string; name: string }[];
  rubrics: { slug: string; title: string }[];
  initial: PromptFormFields;
}

const TEXTAREAS: { name: keyof PromptFormFields; label: string; help: string; guide?: boolean }[] = [
  {
    name: "summary",
    label: "Brief: the problem",
    help: "What the candidate is asked, in a sentence or two.",
  },
  { name: "context", label: "Brief: context", help: "Optional background." },
  { name: "requirements", label: "Brief: requirements", help: "One per line." },
  { name: "constraints", label: "Brief: constraints", help: "One per line." },
  { name: "overview", label: "Guide: overview", help: "What a good answer looks like overall.", guide: true },
  { name: "keyPoints", label: "Guide: points a strong answer makes", help: "One per line.", guide: true },
  {
    name: "followUps",
    label: "Guide: follow-ups",
    help: "question | what a good answer says, one per line.",
    guide: true,
  },
  { name: "signals", label: "Guide: signals", help: "One per line.", guide: true },
  { name: "redFlags", label: "Guide: red flags", help: "One per line.", guide: true },
  { name: "metrics", label: "Guide: metrics", help: "One per line.", guide: true },
  {
    name: "phases",
    label: "Phases",
    help: "title | minutes | what the candidate does | what to look for (interviewer only), one per line. The prompt lasts their sum.",
  },
];

export function PromptEditor({ target, cohorts, rubrics, initial }: Props) {
  const router = useRouter();
  const [fields, setFields] = useState(initial);
  const [cohortId, setCohortId] = useState(cohorts?.[0]?.id ?? "");
  const [tab, setTab] = useState<"edit" | "preview">("edit");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const parsed = useMemo(() => CustomPromptInput.safeParse(formToInput(fields)), [fields]);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".") || "prompt"}: ${issue.message}`);

  const set = (name: keyof PromptFormFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.success) {
      setError("Fix the problems listed below first.");
      return;
    }
    setPending(true);
    setError(undefined);
    const url = target.method === "POST" ? target.url.replace(":cohortId", cohortId) : target.url;
    const response = await fetch(url, {
      method: target.method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(parsed.data),
    }).catch(() => null);
    const body = response ? await response.json().catch(() => ({})) : {};
    if (!response?.ok) {
      setPending(false);
      setError(
        body.error
          ? `${body.error}${body.details ? `: ${JSON.stringify(body.details)}` : ""}`
          : "Could not save.",
      );
      return;
    }
    const saved = z.object({ prompt: z.object({ slug: z.string() }) }).parse(body);
    router.push(`/prompts/${saved.prompt.slug}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="editor">
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === "edit"} onClick={() => setTab("edit")}>
          Write
        </button>
        <button type="button" role="tab" aria-selected={tab === "preview"} onClick={() => setTab("preview")}>
          Preview
        </button>
      </div>
      {error ? (
        <div className="alert alert-error" role="alert" id="editor-error">
          {error}
        </div>
      ) : null}
      <div hidden={tab !== "edit"}>
        <div className="grid grid-2">
          {cohorts ? (
            <div className="field">
              <label htmlFor="cohort">Cohort</label>
              <select id="cohort" value={cohortId} onChange={(event) => setCohortId(event.target.value)}>
                {cohorts.map((cohort) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="title">Title</label>
            <input id="title" value={fields.title} onChange={set("title")} required maxLength={160} />
          </div>
          <div className="field">
            <label htmlFor="kind">Kind</label>
            <select id="kind" value={fields.kind} onChange={set("kind")}>
              {Object.entries(KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="roundType">Round</label>
            <select id="roundType" value={fields.roundType} onChange={set("roundType")}>
              {RoundType.options.map((value) => (
                <option key={value} value={value}>
                  {roundTypeLabel(value)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="difficulty">Difficulty</label>
            <select id="difficulty" value={fields.difficulty} onChange={set("difficulty")}>
              {Difficulty.options.map((value) => (
                <option key={value} value={value}>
                  {DIFFICULTY_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rubric">Rubric</label>
            <select id="rubric" value={fields.rubric} onChange={set("rubric")}>
              {rubrics.map((rubric) => (
                <option key={rubric.slug} value={rubric.slug}>
                  {rubric.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="tags">Tags</label>
            <input id="tags" value={fields.tags} onChange={set("tags")} placeholder="comma, separated" />
          </div>
        </div>
        {TEXTAREAS.map((area) => (
          <div className="field" key={area.name}>
            <label htmlFor={area.name}>
              {area.label} {area.guide ? <span className="badge badge-warn">interviewer only</span> : null}
            </label>
            <textarea
              id={area.name}
              rows={area.name === "summary" ? 2 : 3}
              value={fields[area.name]}
              onChange={set(area.name)}
            />
            <span className="help">{area.help}</span>
          </div>
        ))}
      </div>
      {tab === "preview" ? (
        parsed.success ? (
          <div className="grid grid-2" data-testid="preview">
            <section className="card">
              <h2>{parsed.data.title}</h2>
              <PromptBriefView brief={parsed.data.brief} />
              <h3>Phases</h3>
              <PhasePlan phases={parsed.data.phases} />
            </section>
            <section className="card guide">
              <InterviewerGuideView guide={parsed.data.guide} />
            </section>
          </div>
        ) : (
          <div className="card empty">Fill in the required fields to see a preview.</div>
        )
      ) : null}
      {problems.length ? (
        <ul className="problems small" aria-label="Problems">
          {problems.slice(0, 8).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <button className="btn btn-primary" type="submit" disabled={pending}>
        {pending ? "Saving…" : target.method === "POST" ? "Create prompt" : "Save as new version"}
      </button>
    </form>
  );
}
