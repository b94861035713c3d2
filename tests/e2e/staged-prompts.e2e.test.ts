import { seedUser } from "@mockboard/db/testing/factories";
import { findPrompt } from "@mockboard/prompt-bank";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";
import { joinByInvite } from "./support/invite";

// A staged prompt (a multi-level OOP exercise) in two browsers: the candidate starts with the
// brief only; the interviewer reveals each level with one click and it reaches the candidate's
// brief live, through the session feed, and the timeline.
const PROMPT = "oop-lru-lfu-cache";
const stages = findPrompt(PROMPT)?.stages ?? [];

let browser: Browser;
const contexts: BrowserContext[] = [];
let interviewer: Page;
let candidate: Page;
/** Every response body the candidate's browser received, to prove what never reached it. */
const candidateTraffic: string[] = [];

async function openAs(user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  return page;
}

/** A plain stretch of a stage's text that reads the same in HTML, RSC payloads and JSON. */
const fragment = (text: string) =>
  text
    .replace(/[^A-Za-z0-9 ,.]+/g, " ")
    .trim()
    .slice(0, 40)
    .trim();

/** With E2E_SCREENSHOTS=<dir>, keeps pictures of each step for review. */
async function picture(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

beforeAll(async () => {
  expect(stages.length).toBe(3);
  const db = testDb();
  const [asInterviewer, asCandidate] = await Promise.all([
    seedUser(db, { name: "Ines Interviewer" }),
    seedUser(db, { name: "Cal Candidate" }),
  ]);
  browser = await launchBrowser();
  interviewer = await openAs(asInterviewer);
  candidate = await openAs(asCandidate);
  candidate.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/json|html|text\/x-component|text\/plain/.test(type))
      candidateTraffic.push(await response.text().catch(() => ""));
  });
  await interviewer.goto(`${inject("baseUrl")}/prompts/${PROMPT}`);
  await Promise.all([
    interviewer.waitForURL(/\/sessions\/[A-Za-z0-9_-]+$/),
    interviewer.getByRole("button", { name: "Start a session with this prompt" }).click(),
  ]);
  await joinByInvite(candidate, await interviewer.locator("#invite-url").inputValue());
  await interviewer.getByRole("button", { name: "Start interview" }).click();
  await candidate.locator(".badge-live").waitFor({ state: "visible", timeout: 15_000 });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("a staged prompt in the room", () => {
  it("the candidate's brief holds level 1 only; the interviewer sees the levels still to reveal", async () => {
    expect(await candidate.getByTestId("candidate-brief").innerText()).toContain("Level 1");
    expect(await candidate.getByRole("heading", { name: /^Part \d/ }).count()).toBe(0);
    await interviewer.getByRole("tab", { name: "Guide" }).click();
    for (const stage of stages)
      await expect.poll(() => interviewer.getByRole("heading", { name: stage.title }).count()).toBe(1);
    await interviewer.getByRole("tab", { name: "Brief" }).click();
    await interviewer.getByRole("button", { name: /^Reveal part 2/ }).scrollIntoViewIfNeeded();
    await picture(interviewer, "staged-interviewer-before");
  });

  it("one click reveals the next level, which reaches the candidate's brief without a reload", async () => {
    const [level2] = stages;
    await interviewer.getByRole("button", { name: `Reveal part 2: ${level2?.title}` }).click();
    await expect
      .poll(() => candidate.getByRole("heading", { name: `Part 2: ${level2?.title}` }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await candidate.getByText(level2?.summary.slice(0, 30) ?? "").count()).toBe(1);
    await expect
      .poll(() => interviewer.getByRole("button", { name: `Reveal part 3: ${stages[1]?.title}` }).isVisible())
      .toBe(true);
    await candidate.getByRole("heading", { name: `Part 2: ${level2?.title}` }).scrollIntoViewIfNeeded();
    await picture(candidate, "staged-candidate-after-reveal");
  });

  it("the reveal is on the timeline both people see", async () => {
    for (const page of [interviewer, candidate]) {
      await page.getByRole("tab", { name: "Timeline" }).click();
      await expect
        .poll(() => page.getByText(/revealed part 2: Level 2/).count(), { timeout: 15_000 })
        .toBe(1);
      await page.getByRole("tab", { name: "Brief" }).click();
    }
  });

  it("the levels not yet revealed never reached the candidate's browser", () => {
    const hidden = stages.slice(1).flatMap((stage) => [stage.summary, ...stage.requirements].map(fragment));
    expect(candidateTraffic.length).toBeGreaterThan(0);
    for (const body of candidateTraffic) for (const text of hidden) expect(body).not.toContain(text);
  });

  it("the prompt page shows an algorithms prompt's worked examples, and its guide what each level shows and the hints", async () => {
    await interviewer.goto(`${inject("baseUrl")}/prompts/least-truck-capacity`);
    const brief = interviewer.getByTestId("candidate-brief");
    expect(await brief.getByRole("heading", { name: "Examples" }).count()).toBe(1);
    expect(await brief.locator(".brief-examples li").count()).toBe(2);
    const guide = interviewer.getByTestId("interviewer-guide");
    expect(await guide.getByRole("heading", { name: "What each level shows" }).count()).toBe(1);
    expect(await guide.locator(".level-expectations dt").allInnerTexts()).toEqual([
      "Mid-level",
      "Senior",
      "Staff",
    ]);
    expect(await guide.locator(".hint-ladder li").count()).toBe(3);
    await brief.getByRole("heading", { name: "Examples" }).scrollIntoViewIfNeeded();
    await picture(interviewer, "prompt-page-examples");
    await guide.getByRole("heading", { name: "What each level shows" }).scrollIntoViewIfNeeded();
    await picture(interviewer, "prompt-page-levels-and-hints");
  });
});
