import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a same-site path", () => {
    expect(safeCallbackUrl("/sessions/abc?tab=notes")).toBe("/sessions/abc?tab=notes");
  });
  it("falls back to the dashboard for other sites, protocol-relative and missing urls", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "", undefined]) {
      expect(safeCallbackUrl(bad)).toBe("/dashboard");
    }
  });
});
