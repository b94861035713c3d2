import type { Page } from "playwright-core";

/** Follows an invite link as a signed-in person and confirms on the Join page. */
export async function joinByInvite(page: Page, inviteUrl: string): Promise<void> {
  await page.goto(inviteUrl);
  await Promise.all([
    page.waitForURL(/\/sessions\/[A-Za-z0-9_-]+$/),
    page.getByRole("button", { name: "Join as the candidate" }).click(),
  ]);
}
