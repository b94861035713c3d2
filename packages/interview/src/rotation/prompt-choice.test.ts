import { describe, expect, it } from "vitest";
import { type PracticeRecord, type PromptOption, practiceArea, rankPrompts } from "./prompt-choice";
import { sessionsForRound } from "./round-sessions";

const prompt = (slug: string, kind = "SYSTEM_DESIGN", roundType = "ml-system-design"): PromptOption => ({
  id: `id-${slug}`,
  slug,
  title: slug,
  kind,
  roundType,
});

const options = [
  prompt("feed-ranking"),
  prompt("ads-ranking"),
  prompt("two-sum", "CODING", "coding"),
  prompt("lru-cache", "CODING", "coding"),
  prompt("conflict-story", "BEHAVIORAL", "behavioral"),
];
const record = (partial: Partial<PracticeRecord> = {}): PracticeRecord => ({
  asked: new Set(),
  interviewed: new Set(),
  practised: new Map(),
  ...partial,
});
const everything = { kinds: [], rounds: [] };

describe("choosing a prompt for a candidate", () => {
  it("stays within the cohort's kinds and rounds", () => {
    const ranked = rankPrompts({
      candidateId: "sam",
      options,
      focus: { kinds: ["CODING", "SYSTEM_DESIGN"], rounds: ["coding"] },
      record: record(),
      cohortUse: new Map(),
    });
    expect(ranked.map((option) => option.slug).sort()).toEqual(["lru-cache", "two-sum"]);
  });

  it("never gives a prompt the candidate was asked or interviewed on", () => {
    const ranked = rankPrompts({
      candidateId: "sam",
      options,
      focus: everything,
      record: record({ asked: new Set(["two-sum"]), interviewed: new Set(["feed-ranking"]) }),
      cohortUse: new Map(),
    });
    expect(ranked.map((option) => option.slug)).not.toContain("two-sum");
    expect(ranked.map((option) => option.slug)).not.toContain("feed-ranking");
    expect(ranked).toHaveLength(3);
  });

  it("starts with the area the candidate practised least", () => {
    const practised = new Map([
      [practiceArea("SYSTEM_DESIGN", "ml-system-design"), 3],
      [practiceArea("CODING", "coding"), 1],
    ]);
    const [first] = rankPrompts({
      candidateId: "sam",
      options,
      focus: everything,
      record: record({ practised }),
      cohortUse: new Map(),
    });
    expect(first?.slug).toBe("conflict-story");
  });

  it("prefers, within an area, the prompt the cohort used least", () => {
    const [first] = rankPrompts({
      candidateId: "sam",
      options: options.slice(0, 2),
      focus: everything,
      record: record(),
      cohortUse: new Map([["feed-ranking", 2]]),
    });
    expect(first?.slug).toBe("ads-ranking");
  });

  it("has nothing to offer once every prompt in focus was met", () => {
    expect(
      rankPrompts({
        candidateId: "sam",
        options,
        focus: { kinds: ["BEHAVIORAL"], rounds: [] },
        record: record({ asked: new Set(["conflict-story"]) }),
        cohortUse: new Map(),
      }),
    ).toEqual([]);
  });
});

describe("a round's sessions", () => {
  const planned = { pairs: [{ first: "ana", second: "ben" }], bye: null };

  it("has each pair interview each other, the second slot with roles swapped", () => {
    const sessions = sessionsForRound({
      planned,
      options,
      focus: everything,
      records: new Map(),
      cohortUse: new Map(),
    });
    expect(
      sessions.map(({ slot, interviewerId, candidateId }) => [slot, interviewerId, candidateId]),
    ).toEqual([
      [1, "ana", "ben"],
      [2, "ben", "ana"],
    ]);
  });

  it("never hands the second candidate the prompt they just interviewed on", () => {
    const sessions = sessionsForRound({
      planned,
      options: options.slice(0, 2),
      focus: everything,
      records: new Map(),
      cohortUse: new Map(),
    });
    expect(sessions[0]?.promptId).not.toBeNull();
    expect(sessions[1]?.promptId).not.toBeNull();
    expect(sessions[0]?.promptId).not.toBe(sessions[1]?.promptId);
  });

  it("leaves the prompt open when none is left that the candidate has not met", () => {
    const sessions = sessionsForRound({
      planned,
      options: [prompt("only-one")],
      focus: everything,
      records: new Map(),
      cohortUse: new Map(),
    });
    expect(sessions.map((session) => session.promptId)).toEqual(["id-only-one", null]);
  });
});
