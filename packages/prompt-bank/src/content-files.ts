import { z } from "zod";
import {
  CandidateBrief,
  FollowUp,
  InterviewerGuide,
  Phase,
  PromptDefinition,
  type PromptKind,
  RubricTemplateDefinition,
  Slug,
  Text,
} from "./schema";

// The shape of the YAML files under content/. A prompt file is a PromptDefinition in which
// two things may name a shared piece from content/shared/ instead of spelling it out:
// the phase plan (a template) and items of the guide's redFlags, signals and followUps lists.

/** A list item `{ shared: <name> }`: stands for every item of that named list. */
export const SharedRef = z
  .object({ shared: Slug })
  .describe(
    "The items of a named list in content/shared/ (red-flags.yaml, signals.yaml or follow-ups.yaml).",
  );
export type SharedRef = z.infer<typeof SharedRef>;

/**
 * `phases: { template, lookFor }`: the phases of a named template (key, title, minutes and the
 * candidate's instruction), with what the interviewer looks for in each, from this prompt.
 */
export const PhaseTemplateRef = z
  .object({
    template: Slug.describe("A template name in content/shared/phase-templates.yaml."),
    lookFor: z
      .record(Slug, Text)
      .optional()
      .describe(
        "Interviewer-only: what good looks like in each template phase that does not set it, by phase key.",
      ),
  })
  .describe("The phases of a template in content/shared/phase-templates.yaml.");
export type PhaseTemplateRef = z.infer<typeof PhaseTemplateRef>;

const guideFile = InterviewerGuide.extend({
  redFlags: z
    .array(z.union([Text, SharedRef]))
    .default([])
    .describe("Red flags; `- shared: <name>` adds a list from content/shared/red-flags.yaml."),
  signals: z
    .array(z.union([Text, SharedRef]))
    .default([])
    .describe("Signals; `- shared: <name>` adds a list from content/shared/signals.yaml."),
  followUps: z
    .array(z.union([FollowUp, SharedRef]))
    .default([])
    .describe("Follow-ups; `- shared: <name>` adds a list from content/shared/follow-ups.yaml."),
});

/**
 * `deliverable: { shared: <name>, plus: <text> }`: a deliverable several prompts ask for in the
 * same words (the take-home repository), followed by what this prompt adds.
 */
export const SharedDeliverableRef = z
  .object({
    shared: Slug.describe("A deliverable in content/shared/deliverables.yaml."),
    plus: Text.optional().describe("What this prompt asks for beyond the shared deliverable."),
  })
  .describe("A deliverable from content/shared/deliverables.yaml, plus this prompt's own addition.");
export type SharedDeliverableRef = z.infer<typeof SharedDeliverableRef>;

const briefFile = CandidateBrief.extend({
  deliverable: z.union([CandidateBrief.shape.deliverable, SharedDeliverableRef]),
});

/** One file under content/prompts/<kind folder>/<slug>.yaml. */
export const PromptFile = z
  .object({
    ...PromptDefinition.shape,
    brief: briefFile,
    guide: guideFile,
    phases: z.union([PromptDefinition.shape.phases, PhaseTemplateRef]),
  })
  .describe("A Mockboard prompt: content/prompts/<kind folder>/<slug>.yaml");
export type PromptFile = z.output<typeof PromptFile>;

/** One file under content/rubrics/<slug>.yaml. */
export const RubricFile = RubricTemplateDefinition.describe(
  "A Mockboard rubric: content/rubrics/<slug>.yaml",
);

/**
 * A template phase: key, title, minutes and the candidate's instruction. A phase without
 * `lookFor` takes it from the prompt's `lookFor`; one with it gives it to every prompt.
 */
export const TemplatePhase = Phase.extend({ lookFor: Text.optional() });

/** content/shared/phase-templates.yaml: phase plans by name. */
export const PhaseTemplatesFile = z
  .record(Slug, z.array(TemplatePhase).min(1).max(12))
  .describe("Phase plans by name, for `phases: { template: <name> }` in a prompt");
export type PhaseTemplatesFile = z.output<typeof PhaseTemplatesFile>;

/** content/shared/red-flags.yaml and signals.yaml: lists of text by name. */
export const SharedTextsFile = z
  .record(Slug, z.array(Text).min(1))
  .describe("Lists by name, for `- shared: <name>` in a prompt's guide.redFlags or guide.signals");
export type SharedTextsFile = z.output<typeof SharedTextsFile>;

/** content/shared/follow-ups.yaml: lists of follow-up questions by name. */
export const SharedFollowUpsFile = z
  .record(Slug, z.array(FollowUp).min(1))
  .describe("Follow-up lists by name, for `- shared: <name>` in a prompt's guide.followUps");
export type SharedFollowUpsFile = z.output<typeof SharedFollowUpsFile>;

/** content/shared/deliverables.yaml: deliverables by name. */
export const SharedDeliverablesFile = z
  .record(Slug, Text)
  .describe("Deliverables by name, for `deliverable: { shared: <name> }` in a prompt's brief");
export type SharedDeliverablesFile = z.output<typeof SharedDeliverablesFile>;

/** The folder of a kind under content/prompts: SYSTEM_DESIGN lives in system-design. */
export function kindFolder(kind: PromptKind): string {
  return kind.toLowerCase().replaceAll("_", "-");
}

/** The files of content/schema/ and the zod schema each is generated from. */
export const fileSchemas = {
  "prompt.schema.json": PromptFile,
  "rubric.schema.json": RubricFile,
  "phase-templates.schema.json": PhaseTemplatesFile,
  "shared-texts.schema.json": SharedTextsFile,
  "shared-follow-ups.schema.json": SharedFollowUpsFile,
  "shared-deliverables.schema.json": SharedDeliverablesFile,
} as const;
