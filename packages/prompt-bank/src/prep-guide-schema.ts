import { z } from "zod";
import { RoundType, SeedId, Slug, Text } from "./schema";

// Candidate preparation guides: one per round type, candidate-facing (never an interviewer's
// answer). A guide is a file content/prep-guides/<round type>.yaml; lists several guides repeat
// (the interview-day checklist, what to do after a round, loop-wide anti-patterns) live in
// content/prep-guides/shared/pieces.yaml and are named with `- shared: <name>`.

/** A titled piece of advice: a preparation step, or a variant of the round. */
export const PrepStep = z.object({
  title: Text,
  detail: Text,
});
export type PrepStep = z.infer<typeof PrepStep>;

/** One row of the weekly ramp: which week (or weeks) and what to practise then. */
export const RampWeek = z.object({
  week: Text.describe('Which week of the plan, e.g. "Week 8 of 13" or "Weeks 1-2 of 8".'),
  focus: Text,
});
export type RampWeek = z.infer<typeof RampWeek>;

/** A checklist to run through before the interview day or before a particular round. */
export const Checklist = z.object({
  title: Text,
  items: z.array(Text).min(1),
});
export type Checklist = z.infer<typeof Checklist>;

/** One step of how to spend the round itself: when (a time box or an order) and what to do. */
export const RoundPlanStep = z.object({
  when: Text.describe('A time box ("First 2 min") or a position ("Step 3").'),
  what: Text,
});
export type RoundPlanStep = z.infer<typeof RoundPlanStep>;

export const PrepSource = z.object({ seed: SeedId, ref: Text });
export type PrepSource = z.infer<typeof PrepSource>;

const guideFields = {
  roundType: RoundType.describe("The round this guide prepares for; the file is named after it."),
  title: Text.max(120),
  summary: Text.describe("What the round is and why it matters, in a short paragraph."),
  format: z
    .array(Text)
    .min(1)
    .describe("What the round looks like: length, setting, what the candidate gets."),
  whatToShow: z
    .array(Text)
    .min(1)
    .describe("What interviewers want to see, as behaviour the candidate can practise."),
  howToPrepare: z.array(PrepStep).min(2).describe("How to prepare, step by step."),
  weeklyRamp: z.array(RampWeek).min(2).describe("A week-by-week ramp towards the interviews."),
  duringTheRound: z
    .array(RoundPlanStep)
    .default([])
    .describe("How to spend the time inside the round, in order."),
  checklists: z.array(Checklist).min(1).describe("Checklists to run before the day and before this round."),
  afterTheRound: z.array(Text).min(1).describe("What to do once the round is over."),
  antiPatterns: z.array(Text).min(1).describe("Habits that lose this round."),
  variants: z
    .array(PrepStep)
    .default([])
    .describe("Other shapes the round takes (a phone-screen version, a presentation format)."),
  sources: z.array(PrepSource).min(1).describe("Where the advice comes from: seed document and section."),
};

/** A resolved preparation guide, as the app shows it. */
export const PrepGuide = z.object(guideFields);
export type PrepGuideDefinition = z.input<typeof PrepGuide>;
export type PrepGuide = z.output<typeof PrepGuide>;

// The file format: the same fields, where list items may name a shared piece. Strict objects,
// so a misspelt field is an error rather than silently dropped (the JSON Schema says the same).

/** `- shared: <name>`: every item of a list (or the checklist) of that name in shared/pieces.yaml. */
export const PrepSharedRef = z
  .strictObject({ shared: Slug })
  .describe("A named piece of content/prep-guides/shared/pieces.yaml.");
export type PrepSharedRef = z.infer<typeof PrepSharedRef>;

const textOrShared = z.union([Text, PrepSharedRef]);
const sharedNote = " `- shared: <name>` adds every item of a list from shared/pieces.yaml.";
const strictList = <S extends z.ZodRawShape>(shape: S) => z.array(z.strictObject(shape));

export const PrepGuideFile = z
  .strictObject({
    ...guideFields,
    format: z.array(textOrShared).min(1).describe(`${guideFields.format.description}${sharedNote}`),
    whatToShow: z.array(textOrShared).min(1).describe(`${guideFields.whatToShow.description}${sharedNote}`),
    howToPrepare: strictList(PrepStep.shape).min(2).describe(`${guideFields.howToPrepare.description}`),
    weeklyRamp: strictList(RampWeek.shape).min(2).describe(`${guideFields.weeklyRamp.description}`),
    duringTheRound: strictList(RoundPlanStep.shape)
      .default([])
      .describe(`${guideFields.duringTheRound.description}`),
    checklists: z
      .array(z.union([z.strictObject(Checklist.shape), PrepSharedRef]))
      .min(1)
      .describe(
        `${guideFields.checklists.description} \`- shared: <name>\` adds a checklist from shared/pieces.yaml.`,
      ),
    afterTheRound: z
      .array(textOrShared)
      .min(1)
      .describe(`${guideFields.afterTheRound.description}${sharedNote}`),
    antiPatterns: z
      .array(textOrShared)
      .min(1)
      .describe(`${guideFields.antiPatterns.description}${sharedNote}`),
    variants: strictList(PrepStep.shape).default([]).describe(`${guideFields.variants.description}`),
    sources: strictList(PrepSource.shape).min(1).describe(`${guideFields.sources.description}`),
  })
  .describe("A Mockboard candidate preparation guide: content/prep-guides/<round type>.yaml");
export type PrepGuideFile = z.output<typeof PrepGuideFile>;

/** content/prep-guides/shared/pieces.yaml: text lists and checklists several guides name. */
export const PrepSharedFile = z
  .strictObject({
    lists: z.record(Slug, z.array(Text).min(1)).default({}),
    checklists: z.record(Slug, z.strictObject(Checklist.shape)).default({}),
  })
  .describe("Pieces several preparation guides name with `- shared: <name>`");
export type PrepSharedFile = z.output<typeof PrepSharedFile>;

/** The JSON Schemas of content/prep-guides/schema/, for editors (input side: defaults may be left out). */
export function prepGuideJsonSchemas(): Record<string, Record<string, unknown>> {
  const files = {
    "prep-guide.schema.json": PrepGuideFile,
    "prep-guide-shared.schema.json": PrepSharedFile,
  };
  return Object.fromEntries(
    Object.entries(files).map(([file, schema]) => [
      file,
      z.toJSONSchema(schema, { io: "input", target: "draft-07" }) as Record<string, unknown>,
    ]),
  );
}
