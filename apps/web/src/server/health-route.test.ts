import { describe, expect, it } from "vitest";
import { isOperator } from "./health-route";

const TOKEN = "operator-token-of-at-least-32-characters";

describe("who sees the health details", () => {
  it("is only a caller with the operator's bearer token", () => {
    expect(isOperator(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(isOperator(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(isOperator(`Bearer ${TOKEN.slice(1)}`, TOKEN)).toBe(false);
    expect(isOperator(TOKEN, TOKEN)).toBe(false);
    expect(isOperator(null, TOKEN)).toBe(false);
  });

  it("is nobody when no HEALTH_TOKEN is set", () => {
    expect(isOperator("Bearer ", undefined)).toBe(false);
    expect(isOperator("Bearer undefined", undefined)).toBe(false);
  });
});
