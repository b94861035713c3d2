import { seedUser } from "@mockboard/db/testing/factories";
import ICAL from "ical.js";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";
import { PHONE } from "./support/layout";

// A team lead runs a cohort in the browser: creates it, invites two people who register
// through the link, publishes a round, and one session goes through to released feedback,
// which moves the candidate's progress chart.

let browser: Browser;
const contexts: BrowserContext[] = [];
let owner: Page;
let cohortUrl = "";
let inviteUrl = "";
const joined: { name: string; page: Page }[] = [];
const LIVE = { timeout: 15_000 };

async function newPage(options: { viewport?: { width: number; height: number }; timezoneId?: string } = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    ...options,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

/** Someone without an account follows the invite, registers, and confirms on the join page. */
async function registerThroughInvite(name: string, options: Parameters<typeof newPage>[0]) {
  const page = await newPage(options);
  await page.goto(inviteUrl);
  expect(new URL(page.url()).pathname).toBe("/signin");
  await Promise.all([
    page.waitForURL("**/register?**"),
    page.getByRole("link", { name: "Create an account" }).click(),
  ]);
  await page.fill("#name", name);
  await page.fill("#email", `${name.split(" ")[0]?.toLowerCase()}-${Date.now()}@example.test`);
  await page.fill("#password", "a-long-password");
  await Promise.all([page.waitForURL(`**${new URL(inviteUrl).pathname}`), page.click("button[type=submit]")]);
  await expect(page.locator("h1").textContent()).resolves.toContain("Join the cohort");
  await Promise.all([
    page.waitForURL(cohortUrl),
    page.getByRole("button", { name: "Join the cohort" }).click(),
  ]);
  joined.push({ name, page });
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  owner = await newPage();
  await signIn(owner, await seedUser(testDb(), { name: "Tess Lead" }));
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("running a cohort", () => {
  it("a team lead creates a cohort and becomes its owner, with an invite link", async () => {
    await owner.goto(`${inject("baseUrl")}/cohorts`);
    await Promise.all([
      owner.waitForURL("**/cohorts/new"),
      owner.getByRole("link", { name: "Create a cohort" }).first().click(),
    ]);
    await owner.fill("#cohort-name", "Platform team prep");
    await owner.selectOption("#cohort-zone", "Europe/Berlin");
    await owner.getByLabel("System design", { exact: true }).first().check();
    await Promise.all([
      owner.waitForURL(/\/cohorts\/[a-z0-9]{20,}$/),
      owner.getByRole("button", { name: "Create the cohort" }).click(),
    ]);
    cohortUrl = owner.url();
    await expect(owner.locator("h1").textContent()).resolves.toBe("Platform team prep");
    await expect(owner.locator(".cohort-meta").textContent()).resolves.toContain("Owner");
    inviteUrl = await owner.locator("#invite-url").inputValue();
    expect(inviteUrl).toMatch(/\/join\/[A-Za-z0-9_-]{22}$/);
  });

  it("two people register through the link and join after confirming", async () => {
    await registerThroughInvite("Ana Ruiz", { timezoneId: "America/New_York" });
    await registerThroughInvite("Ben Okafor", { viewport: PHONE });
    await owner.reload();
    const rows = owner.locator(".data-table tbody tr");
    await expect(rows.count()).resolves.toBe(3);
  });

  it("the owner generates a round, checks it and publishes it; members are told in the app", async () => {
    await owner.goto(`${cohortUrl}/schedule`);
    await owner.getByLabel("Tess Lead").check(); // the lead sits this one out: Ana and Ben pair up
    await owner.getByRole("button", { name: "Generate pairings" }).click();
    await expect
      .poll(() => owner.getByRole("heading", { name: "Round 1: draft" }).isVisible(), LIVE)
      .toBe(true);
    expect(await owner.locator(".draft-pair").count()).toBe(1);
    expect(await owner.locator(".draft-pair select").count()).toBe(2);
    await owner.getByRole("button", { name: "Publish round 1" }).click();
    await expect
      .poll(() => owner.getByRole("button", { name: "Generate pairings" }).isVisible(), LIVE)
      .toBe(true);
    const ana = joined[0]?.page as Page;
    await ana.goto(`${inject("baseUrl")}/notifications`);
    await expect(ana.getByText("Platform team prep: round 1 is scheduled").isVisible()).resolves.toBe(true);
    await expect(
      ana
        .getByText(/You interview Ben Okafor on .* CET|Ben Okafor interviews you on .* CET/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
  });

  it("a member sees the week in their own zone, with the zone named, and downloads a session as .ics", async () => {
    const ana = joined[0]?.page as Page;
    const sessions = await testDb().interviewSession.findMany({
      where: { cohort: { name: "Platform team prep" } },
      orderBy: { scheduledAt: "asc" },
    });
    expect(sessions).toHaveLength(2);
    const first = sessions[0] as (typeof sessions)[number];
    const week = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(
      first.scheduledAt ?? new Date(),
    );
    await ana.goto(`${cohortUrl}/schedule?week=${week}`);
    await expect(ana.locator(".schedule-zone").textContent()).resolves.toContain("America/New_York");
    const nyTime = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "America/New_York",
    }).format(first.scheduledAt ?? new Date());
    await expect
      .poll(() =>
        ana.locator(`.week-grid time[datetime="${first.scheduledAt?.toISOString()}"]`).textContent(),
      )
      .toBe(nyTime);
    const [download] = await Promise.all([
      ana.waitForEvent("download"),
      ana.locator(`a[href="/api/sessions/${first.id}/calendar"]`).first().click(),
    ]);
    const text = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents("vtimezone"))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") as ICAL.Component);
    expect(event.startDate.toJSDate().toISOString()).toBe(first.scheduledAt?.toISOString());
    expect(event.description).toContain(`/sessions/${first.id}`);
  });

  it("one session runs to released feedback, and the candidate's progress chart moves", async () => {
    const [first] = await testDb().interviewSession.findMany({
      where: { cohort: { name: "Platform team prep" } },
      orderBy: { scheduledAt: "asc" },
      include: { interviewer: true, candidate: true },
    });
    if (!first?.candidate) throw new Error("the round's first session has a candidate");
    const interviewer = joined.find((entry) => entry.name === first.interviewer.name)?.page as Page;
    const candidate = joined.find((entry) => entry.name === first.candidate?.name)?.page as Page;

    await candidate.goto(`${cohortUrl}/progress`);
    await expect(candidate.getByText("No released feedback yet").isVisible()).resolves.toBe(true);
    expect(await candidate.locator(".progress-chart svg.recharts-surface").count()).toBe(0);

    const room = `${inject("baseUrl")}/sessions/${first.id}`;
    await interviewer.goto(room);
    await interviewer.getByRole("button", { name: "Start interview" }).click();
    await expect
      .poll(() => interviewer.getByRole("button", { name: "End interview" }).isVisible(), LIVE)
      .toBe(true);
    await interviewer.getByRole("button", { name: "End interview" }).click();
    // After the end the scorecard is the interviewer's main stage.
    await interviewer.getByRole("heading", { name: "Scorecard" }).waitFor();
    const pickers = interviewer.locator(".scorecard .level-picker");
    const dimensions = await pickers.count();
    for (let index = 0; index < dimensions; index++)
      await pickers.nth(index).locator("label.level").nth(1).click();
    await interviewer.getByLabel("Yes", { exact: true }).check();
    await interviewer.locator("#scorecard-summary").fill("Solid start; go deeper on failure modes.");
    await interviewer.getByRole("button", { name: "Submit scorecard" }).click();
    const release = interviewer.getByRole("button", { name: "Release feedback to the candidate" });
    await expect.poll(() => release.isVisible(), LIVE).toBe(true);
    await release.click();
    await expect.poll(() => release.isVisible(), LIVE).toBe(false);

    await candidate.goto(`${cohortUrl}/progress`);
    const chart = candidate.locator(".progress-chart").first();
    await expect.poll(() => chart.locator("svg.recharts-surface").count(), LIVE).toBeGreaterThan(0);
    await chart.getByRole("button", { name: "Table" }).click();
    const cells = await chart.locator("tbody td").allTextContents();
    expect(cells).toHaveLength(dimensions);
    expect(cells.every((cell) => cell === "2")).toBe(true);
  });

  it("after a finished session either person swaps roles in one click", async () => {
    const [first] = await testDb().interviewSession.findMany({
      where: { cohort: { name: "Platform team prep" }, status: "COMPLETED" },
      include: { candidate: true },
    });
    const candidate = joined.find((entry) => entry.name === first?.candidate?.name)?.page as Page;
    await candidate.goto(`${inject("baseUrl")}/sessions/${first?.id}`);
    await Promise.all([
      candidate.waitForURL(
        (url) => url.pathname.startsWith("/sessions/") && !url.pathname.endsWith(first?.id ?? ""),
      ),
      candidate.getByRole("button", { name: "Swap roles" }).click(),
    ]);
    const swapped = await testDb().interviewSession.findUniqueOrThrow({
      where: { id: candidate.url().split("/").at(-1) ?? "" },
    });
    expect(swapped).toMatchObject({
      status: "SCHEDULED",
      interviewerId: first?.candidateId,
      candidateId: first?.interviewerId,
    });
  });
});
