import { type Browser, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { chromiumLaunchOptions } from "./chromium";

/** Debian's Chromium with the flags that work as root here; Playwright gives it a fresh profile. */
export async function launchBrowser(options: { fakeMedia?: boolean } = {}): Promise<Browser> {
  return chromium.launch(
    chromiumLaunchOptions(
      options.fakeMedia ? ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"] : [],
    ),
  );
}

/** Signs in through the sign-in page as someone a factory made, and waits for the dashboard. */
export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${inject("baseUrl")}/signin`);
  await page.fill("#email", user.email);
  await page.fill("#password", user.password);
  await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
}
