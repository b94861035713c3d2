import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { contentDir } from "./load-content";
import type { FollowUp } from "./schema";

// The bar for behavioural guides: an interviewer reading a follow-up answer learns what a
// strong and a weak answer sound like, a signal names behaviour they can observe, and every
// prompt asks for a story of 60-120 seconds (the rubric's length), then follow-up questions.

const folder = join(contentDir, "prompts", "behavioral");
const read = (file: string): unknown => parse(readFileSync(file, "utf8"));

interface BehaviouralFile {
  slug: string;
  brief: Record<string, unknown>;
  guide: {
    keyPoints: string[];
    followUps: (FollowUp | { shared: string })[];
    signals: (string | { shared: string })[];
  };
}

const sharedFollowUps = read(join(contentDir, "shared", "follow-ups.yaml")) as Record<string, FollowUp[]>;
const sharedSignals = read(join(contentDir, "shared", "signals.yaml")) as Record<string, string[]>;
const resolve = <T>(items: (T | { shared: string })[], pieces: Record<string, T[]>): T[] =>
  items.flatMap((item) =>
    typeof item === "object" && item !== null && "shared" in item ? (pieces[item.shared] ?? []) : [item],
  );

const prompts = readdirSync(folder)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => ({ at: `behavioral/${name}`, data: read(join(folder, name)) as BehaviouralFile }));

/** Every string in a value, however deeply nested. */
const texts = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
};

/** "Strong: ... Weak: ...": what a strong answer sounds like, then what a weak one sounds like. */
const STRONG_THEN_WEAK = /^Strong: \S.*\sWeak: \S/s;
const SPOKEN_LENGTH = "60-120 seconds";
const OTHER_LENGTHS = [
  /\b(?:one|two|three|four|five|\d+)\s*(?:to|-|–|or)\s*(?:two|three|four|five|six|\d+)\s*min(?:ute)?s?\b/i,
  /\b(?:a|one|two|three|four|five|\d+)\s+min(?:ute)?s?\s+(?:spoken|long|story|answer)\b/i,
  /\bminutes? spoken\b/i,
];
const words = (text: string) => text.trim().split(/\s+/).length;

describe("behavioural prompts", () => {
  it("are all read from content/prompts/behavioral", () => {
    expect(prompts.length).toBeGreaterThan(0);
  });

  it("give every follow-up answer of at least 80 characters, saying what a strong and then a weak answer sounds like", () => {
    for (const { at, data } of prompts) {
      const followUps = resolve(data.guide.followUps, sharedFollowUps);
      expect(followUps.length, at).toBeGreaterThan(0);
      for (const { question, goodAnswer } of followUps) {
        expect(goodAnswer.length, `${at}: ${question}`).toBeGreaterThanOrEqual(80);
        expect(goodAnswer, `${at}: ${question}`).toMatch(STRONG_THEN_WEAK);
      }
    }
  });

  it("describe every signal as behaviour in at least five words, not a one-word label", () => {
    for (const { at, data } of prompts) {
      const signals = resolve(data.guide.signals, sharedSignals);
      expect(signals.length, at).toBeGreaterThan(0);
      for (const signal of signals) expect(words(signal), `${at}: ${signal}`).toBeGreaterThanOrEqual(5);
    }
  });

  it("ask for a story of 60-120 seconds in every brief and tell the interviewer the same in every guide", () => {
    for (const { at, data } of prompts) {
      expect(texts(data.brief).join("\n"), at).toContain(SPOKEN_LENGTH);
      expect(data.guide.keyPoints.join("\n"), at).toContain(SPOKEN_LENGTH);
    }
  });

  it("never give another length for the story, such as two to three minutes", () => {
    for (const { at, data } of prompts)
      for (const text of texts(data))
        for (const pattern of OTHER_LENGTHS) expect(text, at).not.toMatch(pattern);
  });
});
