import type { CustomPromptInput } from "@mockboard/prompt-bank";

/** The editor's flat text fields: one list item per line, structured lines use " | ". */
export interface PromptFormFields {
  title: string;
  kind: string;
  roundType: string;
  difficulty: string;
  rubric: string;
  tags: string;
  summary: string;
  context: string;
  requirements: string;
  constraints: string;
  deliverable: string;
  overview: string;
  keyPoints: string;
  followUps: string;
  signals: string;
  redFlags: string;
  metrics: string;
  phases: string;
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const kebab = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * Turns the editor's text fields into the shape the API validates. It never throws:
 * malformed lines become values the schema will reject with a message.
 */
export function formToInput(fields: PromptFormFields): unknown {
  const phases = lines(fields.phases).map((line, index) => {
    const [title = "", minutes = "", instruction = "", lookFor = ""] = line
      .split("|")
      .map((part) => part.trim());
    return {
      key: kebab(title) || `phase-${index + 1}`,
      title,
      minutes: Number(minutes),
      instruction: instruction || title,
      lookFor: lookFor || instruction || title,
    };
  });
  return {
    title: fields.title.trim(),
    kind: fields.kind,
    roundType: fields.roundType,
    difficulty: fields.difficulty,
    rubric: fields.rubric,
    minutes: phases.reduce((sum, phase) => sum + (Number.isFinite(phase.minutes) ? phase.minutes : 0), 0),
    tags: fields.tags
      .split(",")
      .map((tag) => kebab(tag))
      .filter(Boolean),
    brief: {
      summary: fields.summary.trim(),
      context: fields.context.trim(),
      requirements: lines(fields.requirements),
      constraints: lines(fields.constraints),
      deliverable: fields.deliverable.trim(),
    },
    guide: {
      overview: fields.overview.trim(),
      keyPoints: lines(fields.keyPoints),
      followUps: lines(fields.followUps).map((line) => {
        const [question = "", goodAnswer = ""] = line.split("|").map((part) => part.trim());
        return { question, goodAnswer };
      }),
      signals: lines(fields.signals),
      redFlags: lines(fields.redFlags),
      metrics: lines(fields.metrics),
    },
    phases,
  };
}

export function inputToForm(prompt: CustomPromptInput): PromptFormFields {
  return {
    title: prompt.title,
    kind: prompt.kind,
    roundType: prompt.roundType,
    difficulty: prompt.difficulty,
    rubric: prompt.rubric,
    tags: prompt.tags.join(", "),
    summary: prompt.brief.summary,
    context: prompt.brief.context,
    requirements: prompt.brief.requirements.join("\n"),
    constraints: prompt.brief.constraints.join("\n"),
    deliverable: prompt.brief.deliverable,
    overview: prompt.guide.overview,
    keyPoints: prompt.guide.keyPoints.join("\n"),
    followUps: prompt.guide.followUps
      .map((followUp) => `${followUp.question} | ${followUp.goodAnswer}`)
      .join("\n"),
    signals: prompt.guide.signals.join("\n"),
    redFlags: prompt.guide.redFlags.join("\n"),
    metrics: prompt.guide.metrics.join("\n"),
    phases: prompt.phases
      .map((phase) => `${phase.title} | ${phase.minutes} | ${phase.instruction} | ${phase.lookFor}`)
      .join("\n"),
  };
}
