// Issue #11, finding 9: demo data only with the demo flag, and a production start that
// refuses missing or placeholder secrets, against the real production build. Issue #19,
// finding 11: demo mode is refused by a production server that the dev stack did not start.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@mockboard/db";
import { webServerCommand } from "@mockboard/devkit/web-server";
import { describe, expect, inject, it } from "vitest";
import { testDb } from "./support/db";
import { csrfSession } from "./support/http-session";
import { spawnWebProcess, waitUntilServing } from "./support/web-process";

const root = resolve(import.meta.dirname, "../..");

/** Secrets this repository once shipped as examples. */
const PLACEHOLDERS = {
  NEXTAUTH_SECRET: "change-me-local-nextauth-secret-0123456789",
  BOARD_TOKEN_SECRET: "change-me-local-board-token-secret-0123456789",
};

/** How `npm start`, the tests and the image run the server (webServerCommand), port to be chosen. */
function serverCommand(options: { demo?: boolean } = {}) {
  const { command, args, cwd } = webServerCommand(root, 0, options);
  return { command, args: args.map((arg) => (arg === "0" ? "{port}" : arg)), cwd };
}

/**
 * The web server exactly as the Docker image's web target starts it: the last command of
 * its CMD (after migrations and the seed), run in the directory the CMD changes to.
 */
function imageServerCommand() {
  const dockerfile = readFileSync(join(root, "infra/Dockerfile"), "utf8");
  const stage = dockerfile.slice(dockerfile.indexOf("AS web"));
  const cmd = JSON.parse(
    stage.slice(stage.indexOf("CMD ") + 4, stage.indexOf("\n", stage.indexOf("CMD "))),
  ) as string[];
  const script = cmd.at(-1) ?? "";
  const match = script.match(/cd ([\w/.-]+) && exec (.+)$/);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected CMD in infra/Dockerfile: ${script}`);
  const [program = "", ...args] = match[2].trim().split(/\s+/);
  return {
    command: program === "node" ? process.execPath : program,
    args: args.map((arg, index) => (args[index - 1] === "--port" ? "{port}" : arg)),
    cwd: join(root, match[1]),
  };
}

/** Starts the production build with `env` and waits for it to exit (or to stay up for 45 s). */
async function startWeb(
  env: Record<string, string | undefined>,
  command = serverCommand(),
): Promise<{ code: number | null; output: string }> {
  const web = await spawnWebProcess({
    ...command,
    env: { NODE_ENV: "production", DATABASE_URL: inject("databaseUrl"), ...env },
  });
  const code = await Promise.race([
    web.exited,
    new Promise<null>((done) => setTimeout(() => done(null), 45_000)),
  ]);
  await web.stop();
  return { code, output: web.output() };
}

describe("a production start", () => {
  it("refuses docker-compose's old placeholder secrets with a message naming each", async () => {
    const { code, output } = await startWeb(PLACEHOLDERS);
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

describe("demo mode", () => {
  it("is refused by the server started as the Docker image starts it, with the demo flag set", async () => {
    const { code, output } = await startWeb({ ...PLACEHOLDERS, MOCKBOARD_DEMO: "1" }, imageServerCommand());
    expect(code).toBe(1);
    expect(output).toContain("MOCKBOARD_DEMO=1 is refused");
    expect(output).not.toContain("ready on");
  }, 60_000);

  it("is refused even with random secrets, so the demo accounts are never listed there", async () => {
    const { code, output } = await startWeb(
      {
        MOCKBOARD_DEMO: "1",
        NEXTAUTH_SECRET: "q8Rk2Vw9Lp4Xz7Mn3Bt6Hy1Jc5Gf0Ds8",
        BOARD_TOKEN_SECRET: "W3nT8qLz5Rx1Kp7Vb4Mj9Hc2Gf6Ds0Ya",
      },
      imageServerCommand(),
    );
    expect(code).toBe(1);
    expect(output).toContain("MOCKBOARD_DEMO=1 is refused");
  }, 60_000);

  it("still runs in npm start's dev stack, which starts the server with --demo", async () => {
    const web = await spawnWebProcess({
      ...serverCommand({ demo: true }),
      env: {
        NODE_ENV: "production",
        DATABASE_URL: inject("databaseUrl"),
        MOCKBOARD_DEMO: "1",
        ...PLACEHOLDERS,
      },
    });
    try {
      await waitUntilServing(web);
      expect(await (await fetch(`${web.baseUrl}/signin`)).text()).toContain(DEMO_PASSWORD);
    } finally {
      await web.stop();
    }
  }, 90_000);
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
