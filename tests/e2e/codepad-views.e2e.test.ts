import type { SeededUser } from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { codeOnScreen, replaceCode, runAndWait, waitForPad } from "./support/code-pad";
import { seedCodingRound } from "./support/db";
import { signedInFetch } from "./support/http-session";
import { PHONE, runAxe, seriousViolations, VIEWPORTS } from "./support/layout";

// Issue #25: the code pad as each person sees it, at 1440x900 and on a 390x844 phone (axe,
// screenshots with E2E_SCREENSHOTS set), a phone switching between board and code, typing
// and running; and the interviewer quoting selected lines into a note and into evidence,
// which the candidate never receives.

type User = SeededUser;
let browser: Browser;
const contexts: BrowserContext[] = [];
let interviewer: User;
let candidate: User;
let sessionId: string;

const CODE = "def pick(xs):\n    return max(xs)\nprint(pick([3, 9, 4]))";
const QUOTE = "Code, lines 1-2 (Python):\ndef pick(xs):\n    return max(xs)";

async function openRoom(user: User, viewport: { width: number; height: number }): Promise<Page> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, hasTouch: phone, isMobile: phone });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  await page.goto(`${inject("baseUrl")}/sessions/${sessionId}`);
  await waitForPad(page);
  return page;
}

async function picture(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png` });
}

beforeAll(async () => {
  ({ interviewer, candidate, sessionId } = await seedCodingRound({
    interviewer: "Priya Raman",
    candidate: "Sam Carter",
  }));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("the code pad as each person sees it", { timeout: 120_000 }, () => {
  for (const viewport of VIEWPORTS)
    it(`has no serious or critical axe violation at ${viewport.name}, for the interviewer and the candidate`, async () => {
      for (const [role, user] of [
        ["interviewer", interviewer],
        ["candidate", candidate],
      ] as const) {
        const page = await openRoom(user, viewport);
        await picture(page, `codepad-${role}-${viewport.width}`);
        expect(seriousViolations(await runAxe(page))).toEqual([]);
        await page.context().close();
      }
    });

  it("on a phone the candidate switches between the board and the code, types and runs", async () => {
    const page = await openRoom(candidate, PHONE);
    const show = page.getByRole("group", { name: "Show" });
    await show.getByRole("button", { name: "Board" }).click();
    await expect.poll(() => page.getByTestId("board-surface").isVisible()).toBe(true);
    expect(await page.getByTestId("code-surface").isVisible()).toBe(false);
    await show.getByRole("button", { name: "Code" }).click();
    await expect.poll(() => page.getByTestId("code-surface").isVisible()).toBe(true);
    expect(await page.getByTestId("board-surface").isVisible()).toBe(false);

    await page.getByLabel("Language").selectOption("javascript");
    await expect.poll(() => page.getByTestId("codepad").getAttribute("data-language")).toBe("javascript");
    await page.getByTestId("code-editor").locator(".cm-content").tap();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    await page.keyboard.type("console.log('typed on a phone', 6 * 7)");
    await expect.poll(() => codeOnScreen(page)).toBe("console.log('typed on a phone', 6 * 7)");
    const run = page.getByRole("button", { name: "Run", exact: true });
    const box = await run.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await runAndWait(page);
    await expect(page.getByTestId("run-stdout").innerText()).resolves.toBe("typed on a phone 42\n");
    await picture(page, "codepad-candidate-390-after-run");
    await page.getByLabel("Language").selectOption("python");
    await expect.poll(() => page.getByTestId("codepad").getAttribute("data-language")).toBe("python");
  });

  it("quotes the selected lines into a note and into scorecard evidence, which the candidate never sees", async () => {
    const page = await openRoom(interviewer, { width: 1440, height: 900 });
    await replaceCode(page, CODE);
    // Lines 1 and 2, from the keyboard.
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+End");

    await page.getByRole("tab", { name: "Notes" }).click();
    await page
      .getByRole("region", { name: "Your notes" })
      .getByRole("button", { name: "Quote code" })
      .click();
    const composer = page.getByLabel("New note", { exact: true });
    await expect(composer.inputValue()).resolves.toBe(QUOTE);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect.poll(() => page.getByText("All notes saved").isVisible(), { timeout: 10_000 }).toBe(true);

    await page.getByRole("tab", { name: "Scorecard" }).click();
    await page.getByRole("button", { name: "Quote code" }).first().click();
    const evidence = page.getByRole("textbox", { name: /^Evidence for .* at / });
    await evidence.first().waitFor({ timeout: 10_000 });
    await expect(evidence.first().inputValue()).resolves.toBe(QUOTE);
    await expect.poll(() => page.getByText("Draft saved").isVisible(), { timeout: 10_000 }).toBe(true);

    const asInterviewer = await signedInFetch(interviewer);
    const notes = await (await asInterviewer(`/api/sessions/${sessionId}/notes`)).text();
    expect(notes).toContain(JSON.stringify(QUOTE).slice(1, -1));
    const card = await (await asInterviewer(`/api/sessions/${sessionId}/scorecard`)).text();
    expect(card).toContain(JSON.stringify(QUOTE).slice(1, -1));

    // The candidate: no notes to read, no draft scorecard, and the room's page holds neither.
    const asCandidate = await signedInFetch(candidate);
    const refused = await asCandidate(`/api/sessions/${sessionId}/notes`);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await refused.text()).not.toContain("Code, lines");
    const theirCard = await asCandidate(`/api/sessions/${sessionId}/scorecard`);
    expect(await theirCard.text()).not.toContain("Code, lines");
    const room = await openRoom(candidate, { width: 1440, height: 900 });
    expect(await room.content()).not.toContain("Code, lines");
    await expect(room.getByRole("tab", { name: "Notes" }).count()).resolves.toBe(0);
    // The code itself is shared: the candidate sees it in the pad.
    await expect.poll(() => codeOnScreen(room)).toBe(CODE);
  });
});
