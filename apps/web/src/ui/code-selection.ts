"use client";

import { useSyncExternalStore } from "react";

// The code pad's current selection, for whoever quotes it (the interviewer's notes and
// evidence). The pad lives in a lazily loaded chunk and the notes in the side panel, so they
// meet here rather than importing each other.

export interface CodeSelection {
  fromLine: number;
  toLine: number;
  text: string;
  /** The language's label, e.g. "Python". */
  language: string;
}

let current: CodeSelection | null = null;
const listeners = new Set<() => void>();

export function publishCodeSelection(selection: CodeSelection | null): void {
  current = selection;
  for (const listener of listeners) listener();
}

export function currentCodeSelection(): CodeSelection | null {
  return current;
}

export function subscribeToCodeSelection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The selection as a quote: where it is, then the code, so a note or evidence reads on its own. */
export function quoteCode(selection: CodeSelection): string {
  const lines =
    selection.fromLine === selection.toLine
      ? `line ${selection.fromLine}`
      : `lines ${selection.fromLine}-${selection.toLine}`;
  // Evidence holds 2,000 characters: the quote leaves room for a word about it.
  const snippet = selection.text.length > 1500 ? `${selection.text.slice(0, 1500)}\n…` : selection.text;
  return `Code, ${lines} (${selection.language}):\n${snippet}`;
}

/** The code pad's current selection, re-rendering when it changes (null when nothing is selected). */
export function useCodeSelection(): CodeSelection | null {
  return useSyncExternalStore(subscribeToCodeSelection, currentCodeSelection, () => null);
}
