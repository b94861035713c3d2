// The session report as Markdown: what a finished interview produced, each piece only when
// the reader may see it (the caller passes a view already cut by the interview rules).

import type { ReplayView } from "@mockboard/db";
import { formatClock, recommendationLabels, replayMomentPath } from "@mockboard/interview";

const LEVEL_WORDS = ["", "1 (weak)", "2", "3", "4 (strong)"];

function level(value: number | null | undefined): string {
  if (value === undefined) return "not scored";
  return value === null ? "not observed" : (LEVEL_WORDS[value] ?? String(value));
}

/** A line of Markdown text from user input: no leading block syntax, no raw HTML. */
function inline(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\s*\n\s*/g, " ");
}

export function reportMarkdown(view: ReplayView, origin: string): string {
  const sessionId = view.access.sessionId;
  const link = (ms: number) => `[${formatClock(ms)}](${origin}${replayMomentPath(sessionId, ms)})`;
  const lines: string[] = [`# ${inline(view.title)}`, ""];
  lines.push(`Prompt: **${inline(view.prompt.title)}**`, "");
  lines.push(`Replay: ${origin}/sessions/${sessionId}/replay`, "");
  lines.push("## Brief", "", inline(view.prompt.brief.summary), "");
  for (const requirement of view.prompt.brief.requirements) lines.push(`- ${inline(requirement)}`);
  if (view.prompt.brief.requirements.length) lines.push("");

  lines.push("## Phases", "", "| Phase | Planned | Actual | Started |", "|---|---|---|---|");
  for (const band of view.phases)
    lines.push(
      `| ${inline(band.title)} | ${formatClock(band.plannedMs)} | ${formatClock(band.toMs - band.fromMs)} | ${link(band.fromMs)} |`,
    );
  lines.push("");

  const card = view.scorecard?.draft ?? view.feedback?.interviewer ?? null;
  const rubric = view.scorecard?.rubric ?? view.feedback?.rubric;
  if (card && rubric) {
    lines.push("## Scores", "");
    for (const dimension of rubric.dimensions) {
      lines.push(`### ${inline(dimension.title)}: ${level(card.levels[dimension.key])}`, "");
      for (const item of card.evidence[dimension.key] ?? [])
        lines.push(`- ${inline(item.text)}${item.atMs === undefined ? "" : ` (${link(item.atMs)})`}`);
      lines.push("");
    }
    if (card.recommendation)
      lines.push(`**Recommendation:** ${recommendationLabels[card.recommendation]}`, "");
    if (card.summary.trim()) lines.push("## Summary", "", card.summary.trim(), "");
  }
  const self = view.feedback?.self;
  if (self && rubric) {
    lines.push("## The candidate's self-assessment", "");
    for (const dimension of rubric.dimensions)
      lines.push(`- ${inline(dimension.title)}: ${level(self.levels[dimension.key])}`);
    if (self.summary.trim()) lines.push("", self.summary.trim());
    lines.push("");
  }
  lines.push(`Board at the end: ${link(view.durationMs)}`, "");
  return lines.join("\n");
}
