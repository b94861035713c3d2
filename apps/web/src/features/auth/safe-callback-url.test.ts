import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

const APP = "http://localhost:3000";

describe("safeCallbackUrl", () => {
  it("keeps a same-site path with its query and fragment", () => {
    expect(safeCallbackUrl("/sessions/abc?tab=notes#n1")).toBe("/sessions/abc?tab=notes#n1");
    expect(safeCallbackUrl("/join/ABC-123")).toBe("/join/ABC-123");
  });

  it("falls back to the dashboard for other sites, protocol-relative and missing urls", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "",
      "   ",
      undefined,
      42,
    ]) {
      expect(safeCallbackUrl(bad, APP)).toBe("/dashboard");
    }
  });

  it("never leads off-site through characters a browser drops, such as a tab or newline", () => {
    for (const sneaky of [
      "/\t/evil.example",
      "/\n/evil.example",
      "\t//evil.example",
      "/\r\n/evil.example/x",
    ]) {
      const result = safeCallbackUrl(sneaky, APP);
      expect(new URL(result, APP).origin).toBe(APP);
      expect(result).toBe("/dashboard");
    }
  });

  it("collapses a path that resolves to a leading double slash, so it stays on this host", () => {
    const result = safeCallbackUrl("/a/..//evil.example/x", APP);
    expect(result).toBe("/evil.example/x");
    expect(new URL(result, APP).origin).toBe(APP);
  });

  it("turns an absolute URL on the app's own origin into its path, and refuses another port", () => {
    expect(safeCallbackUrl(`${APP}/prompts?q=cache`, APP)).toBe("/prompts?q=cache");
    expect(safeCallbackUrl("http://localhost:4000/prompts", APP)).toBe("/dashboard");
    expect(safeCallbackUrl("http://localhost:3000@evil.example/", APP)).toBe("/dashboard");
  });

  it("takes the first of repeated search params", () => {
    expect(safeCallbackUrl(["/sessions", "https://evil.example"], APP)).toBe("/sessions");
  });
});
