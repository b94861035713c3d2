import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ContentError, contentDir } from "./load-content";
import { loadPrepGuides, prepGuidesDir } from "./load-prep-guides";
import { PrepGuideFile, PrepSharedFile, prepGuideJsonSchemas } from "./prep-guide-schema";
import { findPrepGuide, prepGuides } from "./prep-guides";
import { RoundType } from "./schema";

// The prompts are read from their files rather than through the bank, so these checks do not
// depend on the prompt loader: only roundType and guide.keyPoints are needed, and neither is
// ever a shared piece.
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const read = (file: string): unknown => parse(readFileSync(file, "utf8"));
const promptFiles = yamlFiles(join(contentDir, "prompts")).map((file) => ({
  file: relative(contentDir, file),
  data: read(file) as { slug: string; roundType: string; guide: { keyPoints: string[] } },
}));

const guideFiles = readdirSync(prepGuidesDir)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => join(prepGuidesDir, name));
const sharedFile = join(prepGuidesDir, "shared", "pieces.yaml");

/** Every string in a value, however deeply nested. */
const strings = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
};
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];

describe("the preparation guides", () => {
  it("has a guide for every round type that has prompts", () => {
    const withPrompts = new Set(promptFiles.map(({ data }) => data.roundType));
    expect(withPrompts.size).toBeGreaterThan(0);
    const guided = new Set(prepGuides.map((guide) => guide.roundType));
    expect([...withPrompts].filter((roundType) => !guided.has(roundType as RoundType))).toEqual([]);
  });

  it("covers every round type of the RoundType enum, one guide each, in enum order", () => {
    expect(prepGuides.map((guide) => guide.roundType)).toEqual(RoundType.options);
  });

  it("names each file after its round type and validates it against the file schema", () => {
    for (const file of guideFiles) {
      const raw = read(file) as { roundType?: string };
      expect(PrepGuideFile.safeParse(raw).error, basename(file)).toBeUndefined();
      expect(basename(file, ".yaml"), basename(file)).toBe(raw.roundType);
    }
    expect(PrepSharedFile.safeParse(read(sharedFile)).error).toBeUndefined();
  });

  it("starts every file with the line that tells an editor its JSON Schema", () => {
    for (const file of guideFiles)
      expect(readFileSync(file, "utf8").split("\n", 1)[0], basename(file)).toBe(
        "# yaml-language-server: $schema=./schema/prep-guide.schema.json",
      );
    expect(readFileSync(sharedFile, "utf8").split("\n", 1)[0]).toBe(
      "# yaml-language-server: $schema=../schema/prep-guide-shared.schema.json",
    );
  });

  it("publishes JSON Schemas that match the zod schemas (run `npm run schema` when this fails)", () => {
    const schemaDir = join(prepGuidesDir, "schema");
    const generated = prepGuideJsonSchemas();
    expect(readdirSync(schemaDir).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, schema] of Object.entries(generated))
      expect(JSON.parse(readFileSync(join(schemaDir, file), "utf8")), file).toEqual(schema);
  });

  it("uses every shared piece somewhere", () => {
    const shared = PrepSharedFile.parse(read(sharedFile));
    const named = new Set(
      guideFiles.flatMap((file) =>
        Object.values(read(file) as Record<string, unknown>)
          .filter(Array.isArray)
          .flat()
          .flatMap((item) => (item && typeof item === "object" && "shared" in item ? [item.shared] : [])),
      ),
    );
    const pieces = [...Object.keys(shared.lists), ...Object.keys(shared.checklists)];
    expect(pieces.filter((name) => !named.has(name))).toEqual([]);
  });

  it("gives every guide the interview-day checklist and what to do after the round", () => {
    for (const guide of prepGuides) {
      expect(
        guide.checklists.map((checklist) => checklist.title),
        guide.roundType,
      ).toContain("Before any interview day");
      expect(guide.afterTheRound.length, guide.roundType).toBeGreaterThanOrEqual(4);
      expect(guide.antiPatterns.length, guide.roundType).toBeGreaterThanOrEqual(4);
    }
  });

  it("numbers every weekly ramp on one eight-week plan, in order", () => {
    for (const guide of prepGuides) {
      const weeks = guide.weeklyRamp.map(({ week }) => {
        const match = /^Weeks? (\d+)(?:-(\d+))? of 8$/.exec(week);
        expect(match, `${guide.roundType}: "${week}"`).not.toBeNull();
        return [Number(match?.[1]), Number(match?.[2] ?? match?.[1])] as const;
      });
      for (let index = 1; index < weeks.length; index++)
        expect(weeks[index]?.[0], guide.roundType).toBeGreaterThan(weeks[index - 1]?.[1] ?? 0);
    }
  });

  it("covers the steps around the loop: where to apply, references before an offer, and the team match", () => {
    const text = strings(prepGuides).join(" ").toLowerCase();
    for (const point of ["where to apply", "references", "team match"]) expect(text).toContain(point);
  });

  it("finds a guide by round type", () => {
    expect(findPrepGuide("ml-coding")?.title).toMatch(/ML coding/);
    expect(findPrepGuide("llm-coding")?.title).toMatch(/LLM coding/);
    expect(findPrepGuide("not-a-round")).toBeUndefined();
  });
});

describe("a preparation guide is candidate-facing", () => {
  // A prompt's key points are the interviewer's answer. A guide may teach the topic, but must
  // never carry a key point, nor a run of six words from one (the measure the prompt briefs are held to).
  const RUN = 6;
  const keyPoints = promptFiles.flatMap(({ file, data }) =>
    data.guide.keyPoints.map((point) => ({ file, point })),
  );
  const runs = (tokens: string[]) =>
    tokens.length < RUN
      ? []
      : Array.from({ length: tokens.length - RUN + 1 }, (_, i) => tokens.slice(i, i + RUN).join(" "));

  it("contains no prompt's guide key points", () => {
    expect(keyPoints.length).toBeGreaterThan(0);
    for (const guide of prepGuides) {
      const text = ` ${strings(guide).flatMap(words).join(" ")} `;
      const found = keyPoints.filter(({ point }) => {
        const normalised = words(point).join(" ");
        return normalised.length > 0 && text.includes(` ${normalised} `);
      });
      expect(found, guide.roundType).toEqual([]);
    }
  });

  it(`shares no run of ${RUN} words with any prompt's guide key points`, () => {
    const pointRuns = new Map<string, string>();
    for (const { file, point } of keyPoints)
      for (const run of runs(words(point))) pointRuns.set(run, `${file}: ${point}`);
    for (const guide of prepGuides) {
      const shared = strings(guide)
        .flatMap((text) => runs(words(text)))
        .filter((run) => pointRuns.has(run))
        .map((run) => `"${run}" from ${pointRuns.get(run)}`);
      expect(shared, guide.roundType).toEqual([]);
    }
  });
});

describe("loading preparation guides", () => {
  const guide = (overrides: Record<string, unknown> = {}) => ({
    roundType: "behavioral",
    title: "A tiny guide",
    summary: "What the round is.",
    format: ["A conversation"],
    whatToShow: ["Real stories", { shared: "common" }],
    howToPrepare: [
      { title: "One", detail: "First step." },
      { title: "Two", detail: "Second step." },
    ],
    weeklyRamp: [
      { week: "Week 1 of 2", focus: "Start." },
      { week: "Week 2 of 2", focus: "Finish." },
    ],
    checklists: [{ shared: "day" }, { title: "Own", items: ["Pen"] }],
    afterTheRound: [{ shared: "common" }],
    antiPatterns: ["Rambling"],
    sources: [{ seed: "003_9a4b8795634bde49", ref: "8. Behavior Interview" }],
    ...overrides,
  });
  const pieces = {
    lists: { common: ["Write notes", "Send thanks"] },
    checklists: { day: { title: "Before the day", items: ["Sleep"] } },
  };

  let dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });
  const folder = (files: Record<string, unknown>) => {
    const dir = mkdtempSync(join(tmpdir(), "prep-guides-"));
    dirs.push(dir);
    for (const [path, value] of Object.entries({ "shared/pieces.yaml": pieces, ...files })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), typeof value === "string" ? value : stringify(value));
    }
    return dir;
  };
  const problemsOf = (dir: string): string[] => {
    try {
      loadPrepGuides(dir);
    } catch (error) {
      if (error instanceof ContentError) return error.problems;
      throw error;
    }
    return [];
  };

  it("puts shared lists and checklists where a guide names them, and applies defaults", () => {
    const [loaded] = loadPrepGuides(folder({ "behavioral.yaml": guide() }));
    expect(loaded?.whatToShow).toEqual(["Real stories", "Write notes", "Send thanks"]);
    expect(loaded?.afterTheRound).toEqual(["Write notes", "Send thanks"]);
    expect(loaded?.checklists).toEqual([
      { title: "Before the day", items: ["Sleep"] },
      { title: "Own", items: ["Pen"] },
    ]);
    expect(loaded?.variants).toEqual([]);
    expect(loaded?.duringTheRound).toEqual([]);
  });

  it("refuses a file not named after its round type, or named after no round type", () => {
    expect(problemsOf(folder({ "coding.yaml": guide() }))).toEqual([
      'prep-guides/coding.yaml: roundType "behavioral" does not match the file name',
    ]);
    expect(problemsOf(folder({ "tips.yaml": guide() }))[0]).toMatch(
      /^prep-guides\/tips\.yaml: "tips" is not a round type/,
    );
  });

  it("refuses unknown fields, unknown shared names and files that are not guides", () => {
    const problems = problemsOf(
      folder({
        "behavioral.yaml": guide({ tips: ["x"], antiPatterns: [{ shared: "missing" }] }),
        "coding.yaml": guide({ roundType: "coding", checklists: [{ shared: "nope" }] }),
        "notes.txt": "not a guide",
        "drafts/behavioral.yaml": guide(),
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^prep-guides\/behavioral\.yaml: .*tips/),
        expect.stringMatching(/^prep-guides\/coding\.yaml: checklists names "nope"/),
        "prep-guides/notes.txt: not a .yaml file",
        "prep-guides/drafts/: not a folder of prep-guides (shared, schema)",
      ]),
    );
  });

  it("reports a misspelt field inside a list item", () => {
    const file = guide({
      howToPrepare: [
        { title: "One", details: "typo" },
        { title: "Two", detail: "ok" },
      ],
    });
    expect(problemsOf(folder({ "behavioral.yaml": file })).join("\n")).toMatch(/howToPrepare\.0/);
  });
});
