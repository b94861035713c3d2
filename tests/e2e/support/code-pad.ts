// The code pad as the end-to-end tests and the code pad benchmark drive it in Chromium.
import type { Page } from "playwright-core";

interface Arrival {
  length: number;
  at: number;
}

/**
 * Starts noting, in `page`, the length of the pad's last line (the one being typed) and the
 * time at each change, without the other person's caret and its name label.
 */
export async function watchRemoteTyping(page: Page): Promise<void> {
  // Run by tsx (the benchmarks), esbuild wraps the named helper below in __name(), which the
  // page does not define.
  await page.evaluate("globalThis.__name ??= (fn) => fn");
  await page.evaluate(() => {
    const arrivals: { length: number; at: number }[] = [];
    const content = document.querySelector("[data-testid=code-editor] .cm-content");
    if (!content) throw new Error("no editor");
    const lastLine = () => {
      const lines = content.querySelectorAll(".cm-line");
      const copy = lines[lines.length - 1]?.cloneNode(true) as Element | undefined;
      for (const caret of Array.from(copy?.querySelectorAll(".cm-ySelectionCaret") ?? [])) caret.remove();
      return (copy?.textContent ?? "").replaceAll("\u2060", "");
    };
    new MutationObserver(() => arrivals.push({ length: lastLine().length, at: Date.now() })).observe(
      content,
      {
        subtree: true,
        characterData: true,
        childList: true,
      },
    );
    Object.assign(window, { codePadArrivals: arrivals });
  });
}

/**
 * For each key sent at `sentAt[i]` (Date.now() on this machine), the time until the watched
 * page's last line first held i + 1 characters; keys never seen are left out.
 */
export async function typingLatencies(watched: Page, sentAt: number[]): Promise<number[]> {
  const arrivals = await watched.evaluate(
    () => (window as unknown as { codePadArrivals: Arrival[] }).codePadArrivals,
  );
  return sentAt.flatMap((at, index) => {
    const arrived = arrivals.find((entry) => entry.length >= index + 1 && entry.at >= at);
    return arrived ? [arrived.at - at] : [];
  });
}

/** The code on screen, line by line, without the other person's caret and its name label. */
export async function codeOnScreen(page: Page): Promise<string> {
  return page.getByTestId("code-editor").evaluate((host) =>
    Array.from(host.querySelectorAll(".cm-line"))
      .map((line) => {
        const copy = line.cloneNode(true) as Element;
        for (const caret of Array.from(copy.querySelectorAll(".cm-ySelectionCaret"))) caret.remove();
        return (copy.textContent ?? "").replaceAll("\u2060", "");
      })
      .join("\n"),
  );
}

/** Waits until the pad's editor is there and the session document is live. */
export async function waitForPad(page: Page): Promise<void> {
  await page.getByTestId("code-editor").locator(".cm-content").waitFor({ timeout: 30_000 });
  await page.locator('[data-status="live"]').first().waitFor({ timeout: 30_000 });
}

/** Replaces the code of the language on screen by typing it, as a person would. */
export async function replaceCode(page: Page, text: string): Promise<void> {
  await page.getByTestId("code-editor").locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

/**
 * Presses Run and waits until this page shows a run other than the one it showed before that
 * has ended (any status); returns the milliseconds from the click.
 */
export async function runAndWait(page: Page, timeoutMs = 100_000): Promise<number> {
  const before = await page
    .getByTestId("run-output")
    .getAttribute("data-run-id")
    .catch(() => null);
  const started = Date.now();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction(
    (previous) => {
      const output = document.querySelector("[data-testid=run-output]");
      return (
        output &&
        output.getAttribute("data-run-id") !== previous &&
        output.getAttribute("data-status") !== "running"
      );
    },
    before,
    { timeout: timeoutMs },
  );
  return Date.now() - started;
}
