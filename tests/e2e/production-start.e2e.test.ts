// Issue #11, finding 9: demo data only with the demo flag, and a production start that
// refuses missing or placeholder secrets, against the real production build.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@mockboard/db";
import { freePort } from "@mockboard/devkit/ports";
import { webServerCommand } from "@mockboard/devkit/web-server";
import { describe, expect, inject, it } from "vitest";
import { testDb } from "./support/db";
import { csrfSession } from "./support/http-session";

const root = resolve(import.meta.dirname, "../..");

/** Starts the production build with `env` and waits for it to exit (or to stay up for 45 s). */
async function startWeb(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const { command, args, cwd } = webServerCommand(root, port);
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: inject("databaseUrl"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      done(null);
    }, 45_000);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  return { code, output };
}

describe("a production start", () => {
  it("refuses docker-compose's old placeholder secrets with a message naming each", async () => {
    const { code, output } = await startWeb({
      NEXTAUTH_SECRET: "change-me-local-nextauth-secret-0123456789",
      BOARD_TOKEN_SECRET: "change-me-local-board-token-secret-0123456789",
    });
    expect(code).toBe(1);
    expect(output).toContain("Refusing to start a production build with unsafe secrets");
    expect(output).toContain("NEXTAUTH_SECRET is a placeholder from this repository");
    expect(output).toContain("BOARD_TOKEN_SECRET is a placeholder from this repository");
  }, 60_000);

  it("refuses a missing secret and says how to make one", async () => {
    const { code, output } = await startWeb({ BOARD_TOKEN_SECRET: "a3F9k2Lq8Zp1Xw7Vb5Nc4Md6Hs0Jt2Ry" });
    expect(code).toBe(1);
    expect(output).toContain("NEXTAUTH_SECRET is missing: set 32+ random characters");
  }, 60_000);
});

describe("demo data", () => {
  it("is not in a stack seeded without MOCKBOARD_DEMO=1, and the demo password opens nothing", async () => {
    const emails = DEMO_ACCOUNTS.map((account) => account.email);
    expect(await testDb().user.count({ where: { email: { in: emails } } })).toBe(0);
    const base = inject("baseUrl");
    const { csrfToken, cookie } = await csrfSession();
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        "x-forwarded-for": "192.0.2.90",
      },
      body: new URLSearchParams({ csrfToken, email: emails[0] ?? "", password: DEMO_PASSWORD, json: "true" }),
    });
    expect(response.headers.getSetCookie().join(";")).not.toContain("session-token");
  });

  it("is not listed on the sign-in page outside demo mode", async () => {
    const html = await (await fetch(`${inject("baseUrl")}/signin`)).text();
    expect(html).not.toContain(DEMO_PASSWORD);
  });
});
