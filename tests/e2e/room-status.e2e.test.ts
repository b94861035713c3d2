import { startSession } from "@mockboard/db";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { startCuttableNetwork } from "./support/cuttable-network";
import { testDb } from "./support/db";

// One status language: the header says the interview's stage; the connection is a quiet
// indicator that turns loud only when it is bad, on the board where the person looks; the
// other side sees who dropped and since when; an action tried offline says so in words.
const SOON = { timeout: 20_000 };

let browser: Browser;
const contexts: BrowserContext[] = [];
let interviewer: Page;
let candidate: Page;
let candidateUser: { email: string; password: string };
let url: string;

async function open(user: { email: string; password: string }, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  await page.goto(url);
  await page.locator('[data-status="live"]').waitFor({ timeout: 30_000 });
  return page;
}

/** Every visible element whose own text is exactly "Live" (a badge, whatever its markup). */
const liveBadges = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>("body *")].filter(
        (element) =>
          element.children.length === 0 &&
          /^live$/i.test(element.textContent?.trim() ?? "") &&
          element.checkVisibility(),
      ).length,
  );

/** With E2E_SCREENSHOTS set, a picture of the page to look at. */
async function picture(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

const text = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .first()
    .innerText({ timeout: 1_000 })
    .catch(() => "");

beforeAll(async () => {
  const db = testDb();
  const [asInterviewer, asCandidate] = await Promise.all([
    seedUser(db, { name: "Priya Raman" }),
    seedUser(db, { name: "Sam Carter" }),
  ]);
  const session = await seedSession(db, { interviewerId: asInterviewer.id, candidateId: asCandidate.id });
  await startSession(db, session.id, asInterviewer.id);
  candidateUser = asCandidate;
  url = `${inject("baseUrl")}/sessions/${session.id}`;
  browser = await launchBrowser();
  [interviewer, candidate] = await Promise.all([open(asInterviewer, url), open(asCandidate, url)]);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("one status language in the room", () => {
  it("the header names the interview's stage and the connection stays quiet while it is good", async () => {
    expect(await text(interviewer, "session-stage")).toMatch(/^live$/i);
    expect(await liveBadges(interviewer)).toBe(1);
    expect(await interviewer.getByTestId("connection").getAttribute("data-state")).toBe("good");
    expect(await interviewer.getByTestId("board-offline").count()).toBe(0);
  });

  it("offline shows on the board and in the header, and clears when the connection returns", async () => {
    await candidate.context().setOffline(true);
    await expect.poll(() => text(candidate, "board-offline"), SOON).toMatch(/offline since \d+:\d\d/i);
    await expect
      .poll(() => candidate.getByTestId("connection").getAttribute("data-state"), SOON)
      .toBe("offline");
    // The stage is still the stage: the interview goes on while this person is offline.
    expect(await text(candidate, "session-stage")).toMatch(/^live$/i);
    await picture(candidate, "room-offline-candidate-1440");

    await candidate.context().setOffline(false);
    await expect.poll(() => candidate.getByTestId("board-offline").count(), SOON).toBe(0);
    await expect
      .poll(() => candidate.getByTestId("connection").getAttribute("data-state"), SOON)
      .toBe("good");
  });

  it("the other side learns within seconds when someone's network is lost without a word, and when it is back", async () => {
    // The candidate's browser loses its network silently (no offline event, no close frame):
    // only the collab server's heartbeat can tell. Before #18.2 the interviewer learned after
    // 30-60 s; now within a few seconds.
    const network = await startCuttableNetwork();
    try {
      await candidate.context().close();
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        proxy: network.proxy,
      });
      contexts.push(context);
      candidate = await context.newPage();
      candidate.on("dialog", (dialog) => void dialog.accept());
      await signIn(candidate, candidateUser);
      await candidate.goto(url);
      await candidate.locator('[data-status="live"]').waitFor({ timeout: 30_000 });
      await expect.poll(() => interviewer.getByTestId("peer-offline").count(), SOON).toBe(0);

      const lostAt = Date.now();
      network.cut();
      await expect
        .poll(() => text(interviewer, "peer-offline"), { timeout: 12_000, interval: 100 })
        .toMatch(/Sam Carter.*offline since \d+:\d\d/s);
      console.log(
        `the interviewer saw the candidate offline ${Date.now() - lostAt} ms after the network went`,
      );
      expect(await candidate.evaluate(() => navigator.onLine)).toBe(true); // the candidate's browser never knew

      network.restore();
      await expect.poll(() => interviewer.getByTestId("peer-offline").count(), { timeout: 30_000 }).toBe(0);
    } finally {
      await candidate.context().close();
      await network.close();
      candidate = await open(candidateUser, url);
    }
  }, 120_000);

  it("the other side sees who dropped, greyed, with the session time since when", async () => {
    // A closed tab drops at once. (A lost network is noticed when its presence times out,
    // about 30 s; Chromium's emulated offline does not cut an open WebSocket, so a test
    // cannot wait for that reliably.)
    await candidate.close({ runBeforeUnload: false });
    await expect
      .poll(() => text(interviewer, "peer-offline"), SOON)
      .toMatch(/Sam Carter.*offline since \d+:\d\d/s);
    // The header's "with Sam Carter" is greyed and says since when.
    const peer = interviewer.getByTestId("header-peer");
    await expect.poll(() => peer.getAttribute("data-away"), SOON).toBe("true");
    expect(await peer.innerText()).toMatch(/with Sam Carter \(offline since \d+:\d\d\)/);
    await picture(interviewer, "room-peer-offline-interviewer-1440");
    candidate = await open(candidateUser, url);
    await expect.poll(() => interviewer.getByTestId("peer-offline").count(), SOON).toBe(0);
    await expect.poll(() => peer.getAttribute("data-away"), SOON).toBeNull();
    expect(await peer.innerText()).toBe("with Sam Carter");
  });

  it("a timer button pressed offline says so in words, and the words clear once back online", async () => {
    await interviewer.context().setOffline(true);
    await interviewer.getByRole("button", { name: "Pause" }).click();
    const alert = interviewer.getByRole("region", { name: "Phase timer" }).getByRole("alert");
    await expect.poll(() => alert.innerText().catch(() => ""), SOON).toMatch(/offline/i);
    expect(await alert.innerText()).not.toMatch(/failed to fetch/i);
    await interviewer.context().setOffline(false);
    await expect.poll(() => alert.count(), SOON).toBe(0);
  });
});
