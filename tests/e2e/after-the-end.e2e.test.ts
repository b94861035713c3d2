import { startSession } from "@mockboard/db";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";
import { runAxe, seriousViolations } from "./support/layout";

// After the interview each role's next step is the obvious thing on the screen: the
// interviewer scores, submits and releases on the main stage; the candidate assesses
// themselves, then reads the feedback; each hears what the other side did.
const LIVE = { timeout: 20_000 };

let browser: Browser;
let interviewer: Page;
let candidate: Page;

async function open(user: { email: string; password: string }, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  await page.goto(url);
  return page;
}

const stage = (page: Page) => page.locator(".workspace-stage");
const nextStep = (page: Page) => page.getByTestId("next-step").innerText();
const notices = (page: Page) =>
  page
    .getByRole("list", { name: "Notices" })
    .innerText()
    .catch(() => "");

beforeAll(async () => {
  const db = testDb();
  const [asInterviewer, asCandidate] = await Promise.all([
    seedUser(db, { name: "Ines Interviewer" }),
    seedUser(db, { name: "Cal Candidate" }),
  ]);
  const session = await seedSession(db, { interviewerId: asInterviewer.id, candidateId: asCandidate.id });
  await startSession(db, session.id, asInterviewer.id);
  const url = `${inject("baseUrl")}/sessions/${session.id}`;
  browser = await launchBrowser();
  interviewer = await open(asInterviewer, url);
  candidate = await open(asCandidate, url);
  await candidate.locator(".timer-running").waitFor();
  await interviewer.getByRole("button", { name: "End interview" }).click();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("after the interview", () => {
  it("the candidate hears the interview ended and finds the self-assessment on the main stage", async () => {
    await expect.poll(() => notices(candidate), LIVE).toContain("Ines Interviewer ended the interview");
    await expect.poll(() => nextStep(candidate), LIVE).toMatch(/Score yourself on the rubric/);
    await expect
      .poll(() => stage(candidate).getByRole("heading", { name: "How did it go?" }).isVisible(), LIVE)
      .toBe(true);
  });

  it("the read-only board folds into a panel that opens and closes", async () => {
    const show = candidate.getByRole("button", { name: "Show the board" });
    await show.click();
    await candidate.getByTestId("board-canvas").waitFor();
    await candidate.getByRole("button", { name: "Hide the board" }).click();
    expect(await candidate.getByTestId("board-canvas").count()).toBe(0);
  });

  it("the interviewer's scorecard takes the main stage, with the next step above it", async () => {
    await expect
      .poll(() => stage(interviewer).getByRole("heading", { name: "Scorecard" }).isVisible(), LIVE)
      .toBe(true);
    expect(await nextStep(interviewer)).toMatch(/submit the scorecard/);
  });

  it("choosing a level by keyboard keeps the dimension open and the focus on the choice", async () => {
    const first = stage(interviewer).locator(".score-dim").first();
    const radios = first.locator('.level-picker input[type="radio"]');
    await radios.first().focus();
    await interviewer.keyboard.press("Space");
    await interviewer.keyboard.press("ArrowDown");
    expect(await radios.nth(1).isChecked()).toBe(true);
    expect(await radios.nth(1).evaluate((radio) => radio === document.activeElement)).toBe(true);
    expect(await first.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await first.getByPlaceholder("Add evidence").isVisible()).toBe(true);
  });

  it("what stops a submission is said, and goes away as soon as every dimension is scored", async () => {
    await interviewer.getByRole("button", { name: "Submit scorecard" }).click();
    const needs = interviewer.getByTestId("submit-needs");
    await expect.poll(() => needs.getAttribute("role")).toBe("alert");
    const pickers = stage(interviewer).locator(".score-dim");
    for (let index = 0; index < (await pickers.count()); index++) {
      const dimension = pickers.nth(index);
      if (!(await dimension.evaluate((details) => (details as HTMLDetailsElement).open)))
        await dimension.locator("summary").click();
      await dimension.locator("label.level").nth(2).click();
    }
    await interviewer.getByLabel("Yes", { exact: true }).check();
    expect(await needs.count()).toBe(0);
    expect(await interviewer.getByText(/At the bar/).isVisible()).toBe(true);
  });

  it("the interviewer hears when the candidate submits their self-assessment", async () => {
    const pickers = stage(candidate).locator(".level-picker");
    for (let index = 0; index < (await pickers.count()); index++)
      await pickers.nth(index).locator("label.level").nth(1).click();
    await candidate.getByLabel("What would you do differently?").fill("Start from the offline path sooner.");
    await candidate.getByRole("button", { name: "Submit self-assessment" }).click();
    await expect.poll(() => nextStep(candidate), LIVE).toMatch(/Waiting for Ines Interviewer to release/);
    await expect
      .poll(() => notices(interviewer), LIVE)
      .toContain("Cal Candidate submitted their self-assessment");
  });

  it("after submitting, the interviewer's next step is the release", async () => {
    await interviewer
      .locator("#scorecard-summary")
      .fill("Clear online path; the offline backfill plan was thin.");
    await interviewer.getByRole("button", { name: "Submit scorecard" }).click();
    await expect.poll(() => nextStep(interviewer), LIVE).toMatch(/Release the feedback/);
    await interviewer.getByRole("button", { name: "Release feedback to the candidate" }).click();
    await expect.poll(() => nextStep(interviewer), LIVE).toMatch(/Feedback released/);
  });

  it("the candidate hears of the release and reads the feedback from its top, the recommendation explained", async () => {
    await expect.poll(() => notices(candidate), LIVE).toContain("released your feedback");
    const feedback = stage(candidate).getByRole("region", { name: "Feedback" });
    await expect.poll(() => feedback.isVisible(), LIVE).toBe(true);
    expect(
      await stage(candidate)
        .locator(".side-panel")
        .evaluate((panel) => panel.scrollTop),
    ).toBe(0);
    expect(await feedback.getByText(/At the bar/).isVisible()).toBe(true);
    // Labels and values read apart: "weighted level" then the number, not "weighted level2.33".
    expect(await feedback.locator(".feedback-head").innerText()).toMatch(/weighted level\s*\n\s*\d/);
  });

  it("a side tab opens at its top, whatever the last one was scrolled to", async () => {
    await candidate.getByRole("tab", { name: "Brief" }).click();
    await candidate.locator(".workspace-side .side-panel").evaluate((panel) => panel.scrollTo(0, 100_000));
    // After release the candidate may read the guide: another long panel.
    await candidate.getByRole("tab", { name: "Guide" }).click();
    expect(await candidate.locator(".workspace-side .side-panel").evaluate((panel) => panel.scrollTop)).toBe(
      0,
    );
  });

  it("the candidate's room after release has no serious accessibility violation", async () => {
    expect(seriousViolations(await runAxe(candidate))).toEqual([]);
  });
});
