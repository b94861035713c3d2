import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";

// A reload must not silently drop someone out of the call: the person who reloads is back
// in it by themselves (same devices), and the other side is told what happens meanwhile,
// "reconnecting", then "left" if they do not come back.
const BACK = { timeout: 45_000 };

let browser: Browser;
const contexts: BrowserContext[] = [];
let url: string;
let interviewer: Page;
let candidate: Page;
let candidateUser: { id: string; email: string; password: string };

async function open(user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  await page.goto(url);
  return page;
}

const dockState = (page: Page) => page.getByTestId("video-dock").getAttribute("data-state");
const callState = (page: Page) =>
  page
    .getByTestId("video-call")
    .getAttribute("data-state")
    .catch(() => null);
const away = (page: Page) =>
  page
    .getByTestId("video-away")
    .innerText()
    .catch(() => "");

/** Frames the page decoded from someone's camera (0 until the first one). */
const framesFrom = (page: Page, identity: string) =>
  page.evaluate((who) => {
    const video = document.querySelector<HTMLVideoElement>(
      `[data-testid="video-tile"][data-identity="${who}"] video`,
    );
    return video && video.videoWidth > 0 ? video.getVideoPlaybackQuality().totalVideoFrames : 0;
  }, identity);

/** Waits until `check` holds (usable outside a test, where expect.poll is not). */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = BACK.timeout) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function joinCall(page: Page) {
  await page.getByTestId("video-join").click({ timeout: 30_000 });
  await until(async () => (await callState(page)) === "connected", "the call is connected");
}

beforeAll(async () => {
  const db = testDb();
  const [asInterviewer, asCandidate] = await Promise.all([
    seedUser(db, { name: "Priya Raman" }),
    seedUser(db, { name: "Sam Carter" }),
  ]);
  candidateUser = asCandidate;
  const session = await seedSession(db, { interviewerId: asInterviewer.id, candidateId: asCandidate.id });
  url = `${inject("baseUrl")}/sessions/${session.id}`;
  browser = await launchBrowser({ fakeMedia: true });
  [interviewer, candidate] = await Promise.all([open(asInterviewer), open(asCandidate)]);
  await joinCall(interviewer);
  await joinCall(candidate);
  await until(
    async () => (await framesFrom(interviewer, asCandidate.id)) > 0,
    "the interviewer sees the candidate",
  );
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("video across a reload", () => {
  it("a reload puts the person back in the call by themselves, and the other side sees them reconnecting", async () => {
    const seen: string[] = [];
    const watch = setInterval(() => void away(interviewer).then((text) => text && seen.push(text)), 100);
    await candidate.reload();
    await expect.poll(() => callState(candidate), BACK).toBe("connected");
    expect(await candidate.getByTestId("video-preview").count()).toBe(0);
    await expect.poll(() => framesFrom(interviewer, candidateUser.id), BACK).toBeGreaterThan(0);
    clearInterval(watch);
    expect(seen.some((text) => /Sam Carter is reconnecting/.test(text))).toBe(true);
    expect(seen.some((text) => /has not joined/.test(text))).toBe(false);
    await expect.poll(() => away(interviewer), BACK).toBe("");
  });

  it("a closed tab: the other side sees the person reconnecting, then gone", async () => {
    await candidate.close();
    await expect.poll(() => away(interviewer), BACK).toMatch(/Sam Carter is reconnecting/);
    await expect.poll(() => away(interviewer), { timeout: 60_000 }).toMatch(/Sam Carter left the call/);
  });

  it("after leaving the call on purpose, a reload stays at the camera check", async () => {
    candidate = await open(candidateUser);
    await joinCall(candidate);
    await candidate.getByTestId("video-leave").click();
    await expect.poll(() => dockState(candidate), BACK).toBe("prejoin");
    await candidate.reload();
    await candidate.getByTestId("video-preview").waitFor({ timeout: 30_000 });
    await candidate.waitForTimeout(3_000);
    expect(await dockState(candidate)).toBe("prejoin");
  });
});
