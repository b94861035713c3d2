// Issue #25: the code pad in two browsers. This file runs its own collab server and web
// server on the stack's database, so it can kill the collab server with SIGKILL mid-session
// and start it again on the same port, as a crash would.
import { join, resolve } from "node:path";
import { endSession } from "@mockboard/db";
import { freePort } from "@mockboard/devkit/ports";
import { type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
import { startWebServer } from "@mockboard/devkit/web-server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import {
  codeOnScreen as code,
  replaceCode,
  typingLatencies,
  waitForPad,
  watchRemoteTyping,
} from "./support/code-pad";
import { seedCodingRound, testDb } from "./support/db";

const root = resolve(import.meta.dirname, "../..");
let browser: Browser;
let collab: Service | undefined;
let web: Service | undefined;
let collabPort: number;
let baseUrl: string;
const contexts: BrowserContext[] = [];
let interviewer: Page;
let candidate: Page;
let sessionUrl: string;
let sessionId: string;
let interviewerId: string;
const INTERVIEWER = "Priya Raman";
const CANDIDATE = "Sam Carter";

function startCollab(): Service {
  const env = inject("webEnv");
  return startService("collab-2", process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: join(root, "apps/collab"),
    env: {
      DATABASE_URL: inject("databaseUrl"),
      BOARD_TOKEN_SECRET: env.BOARD_TOKEN_SECRET,
      COLLAB_PORT: String(collabPort),
      COLLAB_METRICS_PORT: "0",
      LOG_LEVEL: "warn",
    },
    quiet: process.env.E2E_LOGS !== "1",
  });
}

async function openAs(user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto(`${baseUrl}/signin`);
  await page.fill("#email", user.email);
  await page.fill("#password", user.password);
  await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
  return page;
}

const editor = (page: Page) => page.getByTestId("code-editor").locator(".cm-content");

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

const runStatus = (page: Page) => page.getByTestId("run-status").innerText();
const stdout = (page: Page) =>
  page
    .getByTestId("run-stdout")
    .innerText()
    .catch(() => "");

beforeAll(async () => {
  collabPort = await freePort();
  collab = startCollab();
  await waitForHttp(`http://127.0.0.1:${collabPort}/health`, 30_000, () => collab?.child.exitCode === null);
  const webPort = await freePort();
  baseUrl = `http://127.0.0.1:${webPort}`;
  web = startWebServer(root, webPort, {
    env: {
      ...inject("webEnv"),
      NEXTAUTH_URL: baseUrl,
      COLLAB_PUBLIC_URL: `ws://127.0.0.1:${collabPort}`,
    },
    quiet: process.env.E2E_LOGS !== "1",
  });
  await waitForHttp(`${baseUrl}/api/health`, 60_000, () => web?.child.exitCode === null);

  const round = await seedCodingRound({ interviewer: INTERVIEWER, candidate: CANDIDATE });
  const { interviewer: host, candidate: guest } = round;
  interviewerId = host.id;
  sessionId = round.sessionId;
  sessionUrl = `${baseUrl}/sessions/${sessionId}`;
  browser = await launchBrowser();
  interviewer = await openAs(host);
  candidate = await openAs(guest);
  await Promise.all([interviewer.goto(sessionUrl), candidate.goto(sessionUrl)]);
  await Promise.all([waitForPad(interviewer), waitForPad(candidate)]);
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await web?.stop();
  await collab?.stop();
});

// Python runs load Pyodide in a new worker: slow when the machine is busy.
describe("the code pad in two browsers", { timeout: 120_000 }, () => {
  it("opens an algorithms round on the code pad with the prompt's starter code, once", async () => {
    await expect(interviewer.getByTestId("code-surface").isVisible()).resolves.toBe(true);
    await expect(interviewer.getByTestId("board-surface").isVisible()).resolves.toBe(false);
    const starter = "def closest_pair(a: list[int], b: list[int]) -> tuple[int, int]:\n    pass\n";
    await expect.poll(() => code(candidate), { timeout: 15_000 }).toBe(starter);
    expect(await code(interviewer)).toBe(starter);
  });

  it("shows what one person types in the other's editor, keystroke by keystroke", async () => {
    await editor(interviewer).click();
    await interviewer.keyboard.press("ControlOrMeta+End");
    await interviewer.keyboard.press("Enter");
    // Time from each keystroke to its character in the other browser (same machine, one clock).
    await watchRemoteTyping(candidate);
    const typed = "# typed live";
    const sentAt: number[] = [];
    for (const key of typed) {
      sentAt.push(Date.now());
      await interviewer.keyboard.type(key);
    }
    await expect.poll(() => code(candidate), { timeout: 15_000 }).toMatch(new RegExp(`${typed}$`));
    const sorted = (await typingLatencies(candidate, sentAt)).sort((a, b) => a - b);
    console.log(
      `code pad keystroke propagation over ${sorted.length} keys: p50 ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms`,
    );
    expect(sorted.length).toBe(typed.length);
  });

  it("shows each person's caret to the other, with their name", async () => {
    await editor(candidate).click();
    await candidate.keyboard.press("ControlOrMeta+Home");
    await eventually(
      async () => (await interviewer.locator(".cm-ySelectionCaret").count()) > 0,
      "the candidate's caret shows on the interviewer's pad",
    );
    await expect(interviewer.locator(".cm-ySelectionInfo").first().textContent()).resolves.toBe(CANDIDATE);
  });

  it("runs Python started by the candidate and shows the same output to both", async () => {
    await replaceCode(candidate, "print('hello from', 'python')\nprint(sum(range(10)))");
    await candidate.getByRole("button", { name: "Run", exact: true }).click();
    for (const page of [candidate, interviewer])
      await eventually(
        async () => (await runStatus(page)).startsWith("Finished"),
        "the run to finish",
        100_000,
      );
    for (const page of [candidate, interviewer]) expect(await stdout(page)).toBe("hello from python\n45\n");
    await expect(interviewer.getByTestId("run-output").innerText()).resolves.toContain(`run by ${CANDIDATE}`);
  });

  it("shares a change of language, and runs JavaScript started by the interviewer for both to see", async () => {
    await interviewer.getByLabel("Language").selectOption("javascript");
    await eventually(
      async () => (await candidate.getByTestId("codepad").getAttribute("data-language")) === "javascript",
      "the candidate's pad to switch to JavaScript",
    );
    await eventually(
      async () => (await code(candidate)).includes("function closestPair(a, b)"),
      "JS starter",
    );
    await replaceCode(interviewer, "const xs = [3, 1, 2].sort();\nconsole.log('sorted', xs.join(','));");
    await interviewer.keyboard.press("ControlOrMeta+Enter");
    for (const page of [interviewer, candidate])
      await eventually(
        async () => (await stdout(page)) === "sorted 1,2,3\n",
        "the JavaScript output",
        30_000,
      );
  });

  it("runs the example tests and shows which pass", async () => {
    await replaceCode(
      interviewer,
      "function closestPair(a, b) {\n  return a.length === 1 ? [5, 5] : [1, 6];\n}",
    );
    await interviewer.getByRole("button", { name: "Run tests" }).click();
    await eventually(
      async () => (await candidate.getByTestId("run-tests").locator("tbody tr").count()) === 2,
      "the candidate to see the test results",
      30_000,
    );
    const rows = candidate.getByTestId("run-tests").locator("tbody tr");
    await expect(rows.nth(0).getAttribute("data-passed")).resolves.toBe("false");
    await expect(rows.nth(1).getAttribute("data-passed")).resolves.toBe("true");
    await expect(runStatus(candidate)).resolves.toContain("1/2 tests passed");
  });

  it("stops an endless loop at the time limit while the page stays responsive", async () => {
    await interviewer.getByLabel("Language").selectOption("python");
    await expect.poll(() => interviewer.getByTestId("codepad").getAttribute("data-language")).toBe("python");
    await replaceCode(interviewer, "print('before the loop')\nwhile True:\n    pass");
    const started = Date.now();
    await interviewer.getByRole("button", { name: "Run", exact: true }).click();
    await eventually(
      async () => (await runStatus(candidate)) === "Running…",
      "the candidate to see it running",
    );
    // The page answers while the loop spins in the worker: a frame is drawn and a click lands.
    const frameMs = await interviewer.evaluate(
      () =>
        new Promise<number>((done) => {
          const at = performance.now();
          requestAnimationFrame(() => done(performance.now() - at));
        }),
    );
    expect(frameMs).toBeLessThan(1000);
    await interviewer.getByLabel("Font").selectOption("16");
    await eventually(
      async () => (await runStatus(interviewer)).startsWith("Stopped at the 10 s time limit"),
      "the run to be stopped",
      30_000,
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(10_000);
    await eventually(
      async () => (await runStatus(candidate)).startsWith("Stopped at the 10 s time limit"),
      "the candidate to see it stopped",
    );
    expect(await stdout(candidate)).toBe("before the loop\n");
    // A new run starts a new sandbox.
    await replaceCode(interviewer, "print('again')");
    await interviewer.getByRole("button", { name: "Run", exact: true }).click();
    await eventually(async () => (await stdout(candidate)) === "again\n", "the next run", 100_000);
  });

  it("says plainly that a language cannot run in the browser", async () => {
    await candidate.getByLabel("Language").selectOption("java");
    await interviewer.getByTestId("cannot-run").waitFor();
    await expect(interviewer.getByTestId("cannot-run").innerText()).resolves.toContain(
      "Java cannot run in the browser here",
    );
    await expect(interviewer.getByRole("button", { name: "Run", exact: true }).count()).resolves.toBe(0);
    await candidate.getByLabel("Language").selectOption("python");
  });

  it("puts runs and language changes on the session's timeline, with the result and not the code", async () => {
    const events = await testDb().sessionEvent.findMany({
      where: { sessionId, kind: { in: ["CODE_RUN", "CODE_LANGUAGE_CHANGED"] } },
      orderBy: { at: "asc" },
    });
    expect(events.map((event) => event.kind)).toContain("CODE_LANGUAGE_CHANGED");
    const runs = events.filter((event) => event.kind === "CODE_RUN").map((event) => event.data);
    expect(runs).toContainEqual(expect.objectContaining({ language: "python", status: "ok" }));
    expect(runs).toContainEqual(expect.objectContaining({ mode: "tests", passed: 1, total: 2 }));
    expect(runs).toContainEqual(expect.objectContaining({ status: "timeout" }));
    expect(JSON.stringify(runs)).not.toContain("print(");
  });

  it("keeps the code through a collab server SIGKILL", async () => {
    const line = `# kept through a crash ${Date.now()}`;
    await editor(interviewer).click();
    await interviewer.keyboard.press("ControlOrMeta+End");
    await interviewer.keyboard.press("Enter");
    await interviewer.keyboard.type(line);
    // The other browser has it: the server stored it before relaying it.
    await eventually(async () => (await code(candidate)).includes(line), "the candidate sees the line");
    collab?.child.kill("SIGKILL");
    await collab?.exited;
    collab = startCollab();
    await waitForHttp(`http://127.0.0.1:${collabPort}/health`, 30_000, () => collab?.child.exitCode === null);
    // A browser that never saw the code reads it from the restarted server.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    await context.addCookies(await candidate.context().cookies());
    const reopened = await context.newPage();
    await reopened.goto(sessionUrl);
    await waitForPad(reopened);
    await eventually(
      async () => (await code(reopened)).includes(line),
      "the reopened pad shows the line",
      30_000,
    );
    await reopened.close();
  });

  it("lets the interviewer show the board and the code side by side, and the candidate follows", async () => {
    await interviewer
      .getByRole("group", { name: "What the room shows" })
      .getByRole("button", { name: "Both" })
      .click();
    await eventually(
      async () =>
        (await candidate.getByTestId("board-surface").isVisible()) &&
        (await candidate.getByTestId("code-surface").isVisible()),
      "the candidate sees both surfaces",
    );
    await expect(candidate.getByRole("group", { name: "What the room shows" }).count()).resolves.toBe(0);
    await expect(
      candidate.getByRole("separator", { name: "Resize the board and the code" }).count(),
    ).resolves.toBe(1);
  });

  it("keeps a run that was going when the session ended on the timeline, at the moment it started", async () => {
    const runs = { sessionId, kind: "CODE_RUN" as const };
    const before = await testDb().sessionEvent.count({ where: runs });
    await replaceCode(candidate, "print('at the end')\nwhile True:\n    pass");
    await candidate.getByRole("button", { name: "Run", exact: true }).click();
    await eventually(async () => (await runStatus(interviewer)) === "Running…", "the run to start");
    await endSession(testDb(), sessionId, interviewerId);
    // The pad folds away at the end; the run still ends at its time limit and reports.
    await expect
      .poll(() => testDb().sessionEvent.count({ where: runs }), { timeout: 60_000, interval: 500 })
      .toBe(before + 1);
    const run = await testDb().sessionEvent.findFirstOrThrow({ where: runs, orderBy: { at: "desc" } });
    const ended = await testDb().sessionEvent.findFirstOrThrow({ where: { sessionId, kind: "ENDED" } });
    expect(run.data).toMatchObject({ status: "timeout", language: "python" });
    expect(run.at.getTime()).toBeLessThanOrEqual(ended.at.getTime());
  });

  it("turns the pad read-only for both when the session ends", async () => {
    for (const page of [interviewer, candidate]) {
      // After the end the scorecard or the self-assessment takes the stage and the surfaces
      // fold into a panel opened on demand.
      await page.getByRole("button", { name: "Show the board" }).click({ timeout: 30_000 });
      await waitForPad(page);
      await eventually(
        async () => (await editor(page).getAttribute("contenteditable")) === "false",
        "the pad to turn read-only",
        30_000,
      );
      await expect.poll(() => page.getByRole("button", { name: "Run", exact: true }).count()).toBe(0);
    }
    const before = await code(candidate);
    await editor(candidate).click();
    await candidate.keyboard.type("more");
    await new Promise((done) => setTimeout(done, 500));
    expect(await code(candidate)).toBe(before);
  });
});
