import { CodeExercise } from "@mockboard/codepad/exercise";
import { z } from "zod";

/** What kind of exercise a prompt is: a catalogue facet and the prompt's folder under content/prompts. */
export const PromptKind = z.enum([
  "SYSTEM_DESIGN", // a design on the board: classic distributed systems, ML/AI (000, 003 infra, 004)
  "MODEL_DESIGN", // ML model design family prompts (003)
  "CONCEPT", // a technical question answered in a few minutes (001, 002)
  "CASE", // a 10-15 minute structured case (001)
  "CODING", // live or multi-level OOP coding (003, 004)
  "BEHAVIORAL", // behavioural question tagged by signal (003)
  "TAKE_HOME", // review of a take-home submission (004)
]);
export type PromptKind = z.infer<typeof PromptKind>;

/** The interview round the prompt is practised in (the seeds' round taxonomy). */
export const RoundType = z.enum([
  "system-design", // the classic distributed-systems design round of a software engineering loop
  "ml-system-design",
  "ml-model-design",
  "ml-infra-design",
  "ml-fundamentals",
  "ml-evaluation",
  "llm-engineering",
  "ai-system-design",
  "coding", // the algorithms (LeetCode-style) round
  "oop-design",
  "ai-assisted-coding",
  "ml-coding",
  "llm-coding", // language-model code at frontier labs: attention, KV cache, LoRA, autograd
  "live-coding",
  "take-home-review",
  "framework-deep-dive",
  "project-deep-dive",
  "research-presentation", // a job-talk style presentation of past work, then its defence
  "behavioral",
]);
export type RoundType = z.infer<typeof RoundType>;

export const Difficulty = z.enum(["EASY", "MEDIUM", "HARD"]);
export type Difficulty = z.infer<typeof Difficulty>;

/** Kebab-case identifier used for slugs and keys. */
export const Slug = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case letters and digits");
/** Non-empty text, trimmed. */
export const Text = z.string().trim().min(1);

/**
 * One timeboxed phase of the interview; the phase timer walks through these. The candidate
 * sees key, title, minutes and instruction; lookFor is for the interviewer only.
 */
export const Phase = z.object({
  key: Slug,
  title: Text,
  minutes: z.number().int().min(1).max(120),
  /** Candidate-facing: what to do in this phase, in neutral words; never the expected answer. */
  instruction: Text,
  /** Interviewer-only: what a good answer in this phase looks like. */
  lookFor: Text,
});
export type Phase = z.infer<typeof Phase>;

export const FollowUp = z.object({
  question: Text,
  goodAnswer: Text,
});
export type FollowUp = z.infer<typeof FollowUp>;

export const KeyDecision = z.object({
  decision: Text,
  options: z.array(Text).min(1),
  tradeOff: Text,
});
export type KeyDecision = z.infer<typeof KeyDecision>;

/** A worked example for a coding question: what goes in, what comes out, and why. */
export const BriefExample = z.object({
  input: Text,
  output: Text,
  explanation: z.string().trim().default(""),
});
export type BriefExample = z.infer<typeof BriefExample>;

/** What the candidate sees. Never holds answers. */
export const CandidateBrief = z.object({
  summary: Text,
  context: z.string().trim().default(""),
  requirements: z.array(Text).default([]),
  constraints: z.array(Text).default([]),
  /** Coding questions: worked examples the candidate may test against. */
  examples: z.array(BriefExample).default([]),
  deliverable: z.string().trim().default(""),
  /**
   * Coding questions: starter code per language and example tests for the code pad ("Run
   * tests" calls the entry with each test's arguments). Candidate-visible, like the examples.
   */
  code: CodeExercise.optional(),
});
export type CandidateBrief = z.infer<typeof CandidateBrief>;

/** What only the interviewer sees: the reference answer and how to judge it. */
/** What each level is expected to show on this question (interviewer-only). */
export const LevelExpectations = z.object({
  mid: Text,
  senior: Text,
  staff: Text,
});
export type LevelExpectations = z.infer<typeof LevelExpectations>;

export const InterviewerGuide = z.object({
  overview: Text,
  whyAsked: z.string().trim().default(""),
  referenceSteps: z.array(z.object({ title: Text, detail: Text })).default([]),
  keyDecisions: z.array(KeyDecision).default([]),
  keyPoints: z.array(Text).min(1),
  followUps: z.array(FollowUp).default([]),
  signals: z.array(Text).default([]),
  redFlags: z.array(Text).default([]),
  metrics: z.array(Text).default([]),
  takeaway: z.string().trim().default(""),
  /** What a mid, senior and staff candidate is each expected to show on this question. */
  levelExpectations: LevelExpectations.optional(),
  /**
   * For a stuck candidate, in the order to give them: a nudge, a pointer to the area, then
   * a near-answer. Each costs the candidate something on the scorecard; the guide says so.
   */
  hintLadder: z.array(Text).length(3).optional(),
});
export type InterviewerGuide = z.infer<typeof InterviewerGuide>;

export const SeedId = z.enum([
  "000_cfee5a25a5ad6b79",
  "001_a680b2ce5531a892",
  "002_fabfef5979dcd334",
  "003_9a4b8795634bde49",
  "004_8c9f95bab91d7fff",
]);
export type SeedId = z.infer<typeof SeedId>;

/**
 * A later part of a staged prompt (the next OOP level, a follow-up requirement): hidden from
 * the candidate until the interviewer reveals it in the room, one after another.
 */
export const PromptStage = z.object({
  key: Slug,
  title: Text,
  summary: Text,
  requirements: z.array(Text).default([]),
});
export type PromptStage = z.infer<typeof PromptStage>;

/**
 * A word or phrase the candidate sees (title, tags, brief...) that also appears in the guide's
 * answer, kept on purpose because the question asks about that very thing; the reason says why.
 */
export const AskedTerm = z.object({ term: Text, reason: Text });
export type AskedTerm = z.infer<typeof AskedTerm>;

const PromptFields = z.object({
  slug: Slug,
  title: Text.max(160),
  kind: PromptKind,
  roundType: RoundType,
  company: z.string().trim().min(1).max(80).optional(),
  difficulty: Difficulty,
  minutes: z.number().int().min(5).max(120),
  tags: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "tags are kebab-case"))
    .min(1)
    .max(20),
  /** Behavioural prompts: the signal the question probes (e.g. "ownership"). */
  signal: z.string().trim().min(1).optional(),
  /** Where built-in content comes from; cohort-written prompts have none. */
  source: z.object({ seed: SeedId, ref: Text }).optional(),
  brief: CandidateBrief,
  /** Parts revealed one after another by the interviewer; the brief is the first part. */
  stages: z.array(PromptStage).max(8).default([]),
  /** Candidate-visible terms the answer also uses, kept because the question asks about them. */
  askedTerms: z.array(AskedTerm).default([]),
  guide: InterviewerGuide,
  phases: z.array(Phase).min(1).max(12),
  rubric: Slug,
});

function checkPhases(prompt: { minutes: number; phases: Phase[] }, ctx: z.RefinementCtx) {
  const total = prompt.phases.reduce((sum, phase) => sum + phase.minutes, 0);
  if (total !== prompt.minutes) {
    ctx.addIssue({
      code: "custom",
      path: ["phases"],
      message: `phases add up to ${total} minutes, the prompt lasts ${prompt.minutes}`,
    });
  }
  const keys = new Set(prompt.phases.map((phase) => phase.key));
  if (keys.size !== prompt.phases.length) {
    ctx.addIssue({ code: "custom", path: ["phases"], message: "phase keys must be unique" });
  }
}

export const PromptDefinition = PromptFields.superRefine(checkPhases);

/** What a cohort owner or coach submits; the server assigns the slug. */
export const CustomPromptInput = PromptFields.omit({ slug: true, source: true }).superRefine(checkPhases);
export type CustomPromptInput = z.infer<typeof CustomPromptInput>;
export type PromptDefinition = z.input<typeof PromptDefinition>;
export type Prompt = z.output<typeof PromptDefinition>;

export const RubricDimension = z.object({
  key: Slug,
  title: Text,
  description: Text,
  weight: z.number().positive().max(10).default(1),
  /** Level descriptors 1 (weak) to 4 (strong), in that order. */
  levels: z.tuple([Text, Text, Text, Text]),
});
export type RubricDimension = z.infer<typeof RubricDimension>;

export const RubricTemplateDefinition = z.object({
  slug: Slug,
  title: Text,
  description: Text,
  /** What the candidate should show in this round, from the seeds' round guides. */
  whatToShow: z.array(Text).default([]),
  redFlags: z.array(Text).default([]),
  dimensions: z.array(RubricDimension).min(2),
});
export type RubricTemplateDefinition = z.input<typeof RubricTemplateDefinition>;
export type RubricTemplate = z.output<typeof RubricTemplateDefinition>;
