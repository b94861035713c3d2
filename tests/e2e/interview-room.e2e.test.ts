import { seedUser } from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";
import { joinByInvite } from "./support/invite";

// A whole mock interview in two browsers, from the invite to released feedback.
const PROMPT = "ml-infra-feature-store";
const NOTE = "Sized the online store from QPS before picking Redis";
const SUMMARY = "Clear online path; the offline backfill plan was thin.";

let browser: Browser;
const contexts: BrowserContext[] = [];
let interviewer: Page;
let candidate: Page;
let sessionUrl: string;
let sessionId: string;
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

/** How long a change may take to reach the other browser (a push, then a refetch) on a busy machine. */
const LIVE = { timeout: 15_000 };
const clock = (page: Page) => page.locator(".timer-clock").innerText();
const seconds = (text: string) => {
  const [m = "0", s = "0"] = text.replace("-", "").split(":");
  return Number(m) * 60 + Number(s);
};

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name }).click();
}

/** With E2E_SCREENSHOTS=<dir>, keeps pictures of the room at each step (for README and review). */
async function picture(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

beforeAll(async () => {
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
    if (/json|html|text\/x-component|text\/plain/.test(type)) {
      candidateTraffic.push(await response.text().catch(() => ""));
    }
  });

  await interviewer.goto(`${inject("baseUrl")}/prompts/${PROMPT}`);
  await Promise.all([
    interviewer.waitForURL(/\/sessions\/[A-Za-z0-9_-]+$/),
    interviewer.getByRole("button", { name: "Start a session with this prompt" }).click(),
  ]);
  sessionUrl = interviewer.url();
  sessionId = sessionUrl.split("/").at(-1) ?? "";
  const invite = await interviewer.locator("#invite-url").inputValue();
  await joinByInvite(candidate, invite);
  expect(candidate.url()).toBe(sessionUrl);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("a mock interview from invite to released feedback", () => {
  it("the candidate waits until the interviewer starts, and the interviewer sees them join without a reload", async () => {
    await expect
      .poll(() => candidate.getByText(/Waiting for Ines Interviewer to start/).isVisible(), LIVE)
      .toBe(true);
    await expect
      .poll(() => interviewer.getByText("with Cal Candidate").isVisible(), { timeout: 15_000 })
      .toBe(true);
  });

  it("starting the interview starts one timer that both people see", async () => {
    await interviewer.getByRole("button", { name: "Start interview" }).click();
    await expect
      .poll(() => candidate.locator(".timer").getAttribute("class"), { timeout: 15_000 })
      .toContain("timer-running");
    await expect.poll(() => candidate.getByText(/Waiting for/).count(), LIVE).toBe(0);
  });

  it("pause shows the same time in both browsers, also after a reload", async () => {
    await interviewer.getByRole("button", { name: "Pause" }).click();
    await expect
      .poll(() => candidate.locator(".timer").getAttribute("class"), LIVE)
      .toContain("timer-paused");
    const a = seconds(await clock(interviewer));
    const b = seconds(await clock(candidate));
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    await candidate.reload();
    await candidate.locator(".timer-paused").waitFor();
    expect(Math.abs(seconds(await clock(candidate)) - a)).toBeLessThanOrEqual(1);
    await interviewer.getByRole("button", { name: "Resume" }).click();
    await expect
      .poll(() => candidate.locator(".timer").getAttribute("class"), LIVE)
      .toContain("timer-running");
  });

  it("next phase moves both people to the second phase", async () => {
    await interviewer.getByRole("button", { name: "Next phase" }).click();
    await expect.poll(() => candidate.locator(".timer-phase").innerText(), LIVE).toContain("Phase 2/");
    // The interviewer's page shows it once its own request returns, which may be after the feed reached the candidate.
    await expect.poll(() => interviewer.locator(".timer-phase").innerText(), LIVE).toContain("Phase 2/");
  });

  it("notes are autosaved as typed, Alt+M drops a marker, and a reload keeps both", async () => {
    await openTab(interviewer, "Notes");
    await interviewer.getByLabel("New note", { exact: true }).fill(NOTE);
    await interviewer.getByLabel("New note", { exact: true }).press("Enter");
    await interviewer.keyboard.press("Alt+KeyM");
    await expect
      .poll(() => interviewer.getByText("All notes saved").isVisible(), { timeout: 10_000 })
      .toBe(true);
    await interviewer.reload();
    await openTab(interviewer, "Notes");
    await expect.poll(() => interviewer.locator(".note textarea").count(), LIVE).toBe(2);
    const texts = await interviewer
      .locator(".note textarea")
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    expect(texts).toContain(NOTE);
    const stored = await testDb().note.findMany({ where: { sessionId } });
    expect(stored.map((note) => note.text).sort()).toEqual(["", NOTE].sort());
    await picture(interviewer, "room-interviewer-notes");
    await picture(candidate, "room-candidate-live");
  });

  it("ending the interview stops the timer and asks the candidate for a self-assessment", async () => {
    await interviewer.getByRole("button", { name: "End interview" }).click();
    // After the end the self-assessment takes the candidate's main stage.
    await expect
      .poll(() => candidate.getByRole("heading", { name: "How did it go?" }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    // The header names the stage, and an ended interview has no phase clock left to run.
    await expect.poll(() => candidate.getByTestId("session-stage").innerText(), LIVE).toMatch(/^ended$/i);
    expect(await candidate.locator(".timer").count()).toBe(0);
  });

  it("the interviewer scores every dimension with evidence and submits", async () => {
    // After the end the scorecard is the interviewer's main stage.
    await interviewer.getByRole("heading", { name: "Scorecard" }).waitFor();
    const pickers = interviewer.locator(".scorecard .level-picker");
    const count = await pickers.count();
    expect(count).toBeGreaterThan(2);
    for (let index = 0; index < count; index++) {
      await pickers.nth(index).locator("label.level").nth(2).click();
    }
    await interviewer.getByLabel("Yes", { exact: true }).check();
    await interviewer.locator("#scorecard-summary").fill(SUMMARY);
    await picture(interviewer, "room-interviewer-scorecard");
    await interviewer.getByRole("button", { name: "Submit scorecard" }).click();
    await expect
      .poll(
        () => interviewer.getByRole("button", { name: "Release feedback to the candidate" }).isVisible(),
        LIVE,
      )
      .toBe(true);
  });

  it("before release the candidate's browser never received notes, scores, summary or guide", async () => {
    const guide = await testDb().interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { prompt: { select: { guide: true } } },
    });
    const keyPoint = (guide.prompt.guide as { keyPoints: string[] }).keyPoints[0] ?? "";
    const received = candidateTraffic.join("\n");
    expect(received).not.toContain(NOTE);
    expect(received).not.toContain(SUMMARY);
    expect(received.length).toBeGreaterThan(1000);
    expect(received).not.toContain(keyPoint.slice(0, 60));
  });

  it("the candidate self-assesses, then reads the released feedback beside their own scores", async () => {
    const pickers = candidate.locator(".level-picker");
    const count = await pickers.count();
    for (let index = 0; index < count; index++) {
      await pickers.nth(index).locator("label.level").nth(1).click();
    }
    await candidate.getByLabel("What would you do differently?").fill("Start from the offline path sooner.");
    await candidate.getByRole("button", { name: "Submit self-assessment" }).click();
    await expect.poll(() => candidate.getByText(/Submitted\. You will see/).isVisible(), LIVE).toBe(true);

    await interviewer.getByRole("button", { name: "Release feedback to the candidate" }).click();
    await expect
      .poll(() => candidate.getByRole("tab", { name: "Feedback" }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await openTab(candidate, "Feedback");
    await expect.poll(() => candidate.getByText(SUMMARY).isVisible(), LIVE).toBe(true);
    expect(await candidate.locator(".bar-interviewer").count()).toBe(count);
    expect(await candidate.locator(".bar-self").count()).toBe(count);
    await picture(candidate, "room-candidate-feedback");
  });
});
