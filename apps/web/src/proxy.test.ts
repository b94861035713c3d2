import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/unused");
vi.stubEnv("NEXTAUTH_SECRET", "a".repeat(16) + "b".repeat(16));
vi.stubEnv("BOARD_TOKEN_SECRET", "c".repeat(16) + "d".repeat(16));

/** The proxy of an app whose address is `origin` (env() is read once per module load). */
async function proxyAt(origin: string) {
  vi.stubEnv("NEXTAUTH_URL", origin);
  vi.resetModules();
  const { proxy } = await import("./proxy");
  return (path: string, init?: { method?: string; headers?: Record<string, string> }) =>
    proxy(new NextRequest(new URL(path, origin), init));
}

afterEach(() => {
  vi.resetModules();
});

describe("the proxy's transport security", () => {
  it("over HTTPS, sends Strict-Transport-Security on pages, redirects, API calls and refusals", async () => {
    const at = await proxyAt("https://mockboard.example");
    const answers = [
      await at("/"),
      await at("/dashboard"),
      await at("/api/health"),
      await at("/api/sessions", { method: "POST", headers: { origin: "https://evil.example" } }),
    ];
    expect(answers.map((response) => response.status)).toEqual([200, 307, 200, 403]);
    for (const response of answers)
      expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("over plain HTTP, as in localhost dev, never sends it", async () => {
    const at = await proxyAt("http://localhost:3000");
    for (const response of [await at("/"), await at("/dashboard"), await at("/api/health")])
      expect(response.headers.has("strict-transport-security")).toBe(false);
  });
});
