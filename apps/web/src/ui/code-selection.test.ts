import { describe, expect, it } from "vitest";
import {
  currentCodeSelection,
  publishCodeSelection,
  quoteCode,
  subscribeToCodeSelection,
} from "./code-selection";

describe("quoting the code pad's selection", () => {
  it("names the line, or the lines, and the language before the code", () => {
    expect(quoteCode({ fromLine: 3, toLine: 3, text: "return best", language: "Python" })).toBe(
      "Code, line 3 (Python):\nreturn best",
    );
    expect(quoteCode({ fromLine: 2, toLine: 4, text: "a\nb\nc", language: "Go" })).toBe(
      "Code, lines 2-4 (Go):\na\nb\nc",
    );
  });

  it("cuts a long selection so the quote leaves room in a 2,000-character evidence item", () => {
    const quote = quoteCode({ fromLine: 1, toLine: 90, text: "x".repeat(5000), language: "Java" });
    expect(quote.length).toBeLessThan(1600);
    expect(quote.endsWith("\n…")).toBe(true);
  });

  it("tells every subscriber when the selection changes, and stops when unsubscribed", () => {
    const seen: (string | null)[] = [];
    const stop = subscribeToCodeSelection(() => seen.push(currentCodeSelection()?.text ?? null));
    publishCodeSelection({ fromLine: 1, toLine: 1, text: "print(1)", language: "Python" });
    publishCodeSelection(null);
    stop();
    publishCodeSelection({ fromLine: 1, toLine: 1, text: "ignored", language: "Python" });
    expect(seen).toEqual(["print(1)", null]);
    publishCodeSelection(null);
  });
});
