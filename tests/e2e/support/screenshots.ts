import { resolve } from "node:path";
import type { Page } from "playwright-core";

const docs = resolve(import.meta.dirname, "../../../docs/screenshots");

/**
 * With README_SCREENSHOTS set, saves the page as docs/screenshots/<name>.png for the README,
 * without tldraw's "Get a license for production" badge: the picture shows the product, and
 * the README says what the badge means and how a licence key removes it.
 */
export async function readmePicture(page: Page, name: string): Promise<void> {
  if (!process.env.README_SCREENSHOTS) return;
  await page.addStyleTag({ content: '[class*="tl-watermark"] { display: none !important; }' });
  await page.screenshot({ path: `${docs}/${name}.png` });
}
