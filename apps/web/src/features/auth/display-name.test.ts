import { BoardTokenClaims } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import { displayName, MAX_DISPLAY_NAME } from "./display-name";

describe("the name other people see", () => {
  it("is the person's name, else their email, else Guest", () => {
    expect(displayName({ name: "Ada Lovelace", email: "ada@example.com" })).toBe("Ada Lovelace");
    expect(displayName({ name: null, email: "ada@example.com" })).toBe("ada@example.com");
    expect(displayName({ name: "   ", email: null })).toBe("Guest");
  });

  it("cuts an OAuth name longer than 80 characters so a board token can still carry it", () => {
    const long = `Dr. ${"Maximilian ".repeat(20)}the Third`;
    const shown = displayName({ name: long, email: null });
    expect(shown.length).toBeLessThanOrEqual(MAX_DISPLAY_NAME);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.startsWith("Dr. Maximilian Maximilian")).toBe(true);
    expect(BoardTokenClaims.shape.name.safeParse(shown).success).toBe(true);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const shown = displayName({ name: "😀".repeat(60), email: null });
    expect(shown.length).toBeLessThanOrEqual(MAX_DISPLAY_NAME);
    expect(shown).toBe(`${"😀".repeat(39)}…`);
  });

  it("folds newlines and runs of spaces into one space", () => {
    expect(displayName({ name: "Ada\n\tLovelace", email: null })).toBe("Ada Lovelace");
  });

  it("matches the protocol's own limit", () => {
    expect(BoardTokenClaims.shape.name.safeParse("x".repeat(MAX_DISPLAY_NAME + 1)).success).toBe(false);
    expect(MAX_DISPLAY_NAME).toBe(80);
  });
});
