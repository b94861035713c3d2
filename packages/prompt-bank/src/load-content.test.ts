import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ContentError, loadContent } from "./load-content";

const rubric = {
  slug: "tiny-rubric",
  title: "Tiny rubric",
  description: "Two dimensions for tests.",
  dimensions: ["one", "two"].map((key) => ({
    key: `dim-${key}`,
    title: `Dimension ${key}`,
    description: "What it measures.",
    levels: ["weak", "fair", "good", "strong"],
  })),
};

const prompt = (overrides: Record<string, unknown> = {}) => ({
  slug: "tiny-prompt",
  title: "A tiny prompt",
  kind: "BEHAVIORAL",
  roundType: "behavioral",
  difficulty: "EASY",
  minutes: 10,
  tags: ["behavioral"],
  rubric: "tiny-rubric",
  source: { seed: "003_9a4b8795634bde49", ref: "Behavioral row 1" },
  brief: { summary: "Tell a story." },
  phases: { template: "story-10min", lookFor: { story: "Set the scene", probes: "Dig in" } },
  guide: {
    overview: "What good looks like.",
    keyPoints: ["A real example"],
    redFlags: ["Blames others", { shared: "common" }],
    signals: [{ shared: "common" }],
    followUps: [{ shared: "probes" }, { question: "What next?", goodAnswer: "A plan." }],
  },
  ...overrides,
});

const shared = {
  "phase-templates.yaml": {
    "story-10min": [
      { key: "story", title: "Story", minutes: 6, instruction: "Tell the story" },
      { key: "probes", title: "Probes", minutes: 4, instruction: "Answer the probes" },
    ],
    "fixed-10min": [
      {
        key: "answer",
        title: "Answer",
        minutes: 7,
        instruction: "Answer",
        lookFor: "Answer the question",
      },
      {
        key: "questions",
        title: "Questions",
        minutes: 3,
        instruction: "Take questions",
        lookFor: "Answer follow-ups",
      },
    ],
  },
  "red-flags.yaml": { common: ["Talks about the team only", "No numbers"] },
  "signals.yaml": { common: ["Owns the outcome"] },
  "follow-ups.yaml": { probes: [{ question: "What did you learn?", goodAnswer: "A specific lesson." }] },
  "deliverables.yaml": { repo: "A repository that runs." },
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** Writes a content folder: path relative to it -> value written as YAML (or text as is). */
function contentFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "prompt-bank-"));
  dirs.push(dir);
  mkdirSync(join(dir, "prompts"));
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof value === "string" ? value : stringify(value));
  }
  return dir;
}

const standard = (promptFiles: Record<string, unknown> = {}) =>
  contentFolder({
    ...Object.fromEntries(Object.entries(shared).map(([file, value]) => [`shared/${file}`, value])),
    "rubrics/tiny-rubric.yaml": rubric,
    ...promptFiles,
  });

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe("loading the content folder", () => {
  it("fills a template's phases (with their instructions) with what the prompt looks for", () => {
    const { prompts } = loadContent(standard({ "prompts/behavioral/tiny-prompt.yaml": prompt() }));
    expect(prompts[0]?.phases).toEqual([
      { key: "story", title: "Story", minutes: 6, instruction: "Tell the story", lookFor: "Set the scene" },
      { key: "probes", title: "Probes", minutes: 4, instruction: "Answer the probes", lookFor: "Dig in" },
    ]);
  });

  it("takes what a template looks for as it is when the template sets it", () => {
    const file = prompt({ phases: { template: "fixed-10min" } });
    const { prompts } = loadContent(standard({ "prompts/behavioral/tiny-prompt.yaml": file }));
    expect(prompts[0]?.phases.map((phase) => phase.lookFor)).toEqual([
      "Answer the question",
      "Answer follow-ups",
    ]);
  });

  it("puts the items of a shared list where the prompt names it", () => {
    const { prompts } = loadContent(standard({ "prompts/behavioral/tiny-prompt.yaml": prompt() }));
    const guide = prompts[0]?.guide;
    expect(guide?.redFlags).toEqual(["Blames others", "Talks about the team only", "No numbers"]);
    expect(guide?.signals).toEqual(["Owns the outcome"]);
    expect(guide?.followUps.map((followUp) => followUp.question)).toEqual([
      "What did you learn?",
      "What next?",
    ]);
  });

  it("writes out a shared deliverable followed by what the prompt adds, and reports an unknown one", () => {
    const file = (deliverable: unknown) => prompt({ brief: { summary: "Build it.", deliverable } });
    const { prompts } = loadContent(
      standard({
        "prompts/behavioral/tiny-prompt.yaml": file({ shared: "repo", plus: "Add a demo video." }),
      }),
    );
    expect(prompts[0]?.brief.deliverable).toBe("A repository that runs. Add a demo video.");
    expect(problemsOf(standard({ "prompts/behavioral/tiny-prompt.yaml": file({ shared: "nope" }) }))).toEqual(
      [
        'prompts/behavioral/tiny-prompt.yaml: brief.deliverable names "nope", which shared/deliverables.yaml does not have',
      ],
    );
  });

  it("applies the schema's defaults, as the seed expects", () => {
    const { prompts, rubrics } = loadContent(standard({ "prompts/behavioral/tiny-prompt.yaml": prompt() }));
    expect(prompts[0]?.brief).toEqual({
      summary: "Tell a story.",
      context: "",
      requirements: [],
      constraints: [],
      examples: [],
      deliverable: "",
    });
    expect(prompts[0]?.stages).toEqual([]);
    expect(prompts[0]?.askedTerms).toEqual([]);
    expect(rubrics[0]?.dimensions[0]?.weight).toBe(1);
  });

  it("reports an unknown template, shared list or phase key with the file it is in", () => {
    const file = prompt({
      phases: { template: "story-10min", lookFor: { story: "Set the scene", probes: "Dig in", extra: "?" } },
      guide: { overview: "x", keyPoints: ["y"], redFlags: [{ shared: "missing" }] },
    });
    const other = prompt({ slug: "other-prompt", phases: { template: "no-such-template" } });
    const problems = problemsOf(
      standard({
        "prompts/behavioral/tiny-prompt.yaml": file,
        "prompts/behavioral/other-prompt.yaml": other,
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^prompts\/behavioral\/tiny-prompt\.yaml: guide\.redFlags names "missing"/),
        expect.stringMatching(
          /^prompts\/behavioral\/tiny-prompt\.yaml: phases\.lookFor\.extra is not a phase/,
        ),
        expect.stringMatching(
          /^prompts\/behavioral\/other-prompt\.yaml: phases\.template "no-such-template"/,
        ),
      ]),
    );
  });

  it("refuses a lookFor that is missing or that the template already sets", () => {
    const missing = prompt({ phases: { template: "story-10min", lookFor: { story: "Set the scene" } } });
    const doubled = prompt({
      slug: "doubled-look-for",
      phases: { template: "fixed-10min", lookFor: { answer: "Mine" } },
    });
    const problems = problemsOf(
      standard({
        "prompts/behavioral/tiny-prompt.yaml": missing,
        "prompts/behavioral/doubled-look-for.yaml": doubled,
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/tiny-prompt\.yaml: phases\.lookFor\.probes is missing/),
        expect.stringMatching(/doubled-look-for\.yaml: phases\.lookFor\.answer is already set/),
      ]),
    );
  });

  it("refuses a field the schema does not know instead of dropping it", () => {
    const file = prompt({ brief: { summary: "Tell a story.", sumary: "typo" } });
    expect(problemsOf(standard({ "prompts/behavioral/tiny-prompt.yaml": file }))).toEqual([
      "prompts/behavioral/tiny-prompt.yaml: brief.sumary: unknown field",
    ]);
  });

  it("refuses a file not named after its slug, or in the folder of another kind", () => {
    const problems = problemsOf(standard({ "prompts/concept/tiny.yaml": prompt() }));
    expect(problems).toEqual([
      'prompts/concept/tiny.yaml: slug "tiny-prompt" does not match the file name',
      "prompts/concept/tiny.yaml: kind BEHAVIORAL belongs in prompts/behavioral/",
    ]);
  });

  it("refuses a prompt whose rubric has no file, and two files with one slug", () => {
    const problems = problemsOf(
      standard({
        "prompts/behavioral/tiny-prompt.yaml": prompt({ rubric: "no-such-rubric" }),
        "prompts/case/tiny-prompt.yaml": prompt({ kind: "CASE" }),
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'prompt slug "tiny-prompt" is used by more than one file',
        'prompt tiny-prompt: rubric "no-such-rubric" has no file rubrics/no-such-rubric.yaml',
      ]),
    );
  });

  it("reports a YAML syntax error, a stray file and an unknown folder", () => {
    const problems = problemsOf(
      standard({
        "prompts/behavioral/tiny-prompt.yaml": "slug: [unclosed\n",
        "prompts/behavioral/notes.txt": "draft",
        "prompts/drafts/x.yaml": prompt(),
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^prompts\/behavioral\/tiny-prompt\.yaml: /),
        "prompts/behavioral/notes.txt: not a .yaml file",
        expect.stringMatching(/^prompts\/drafts: not a kind folder/),
      ]),
    );
  });

  it("checks the phase plan adds up once the template is filled in", () => {
    const file = prompt({ minutes: 15 });
    expect(problemsOf(standard({ "prompts/behavioral/tiny-prompt.yaml": file }))).toEqual([
      "prompts/behavioral/tiny-prompt.yaml: phases: phases add up to 10 minutes, the prompt lasts 15",
    ]);
  });
});
