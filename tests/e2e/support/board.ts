import type { Page } from "playwright-core";

/** Draws a rectangle on the room's board with tldraw's rectangle tool, `offset` px from the top left. */
export async function drawRectangle(page: Page, offset: number) {
  const canvas = await page.getByTestId("board-canvas").boundingBox();
  if (!canvas) throw new Error("no canvas");
  const x = canvas.x + 200 + offset;
  const y = canvas.y + 150 + offset;
  await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 150);
  await page.keyboard.press("r");
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y + 40, { steps: 4 });
  await page.mouse.move(x + 120, y + 80, { steps: 4 });
  await page.mouse.up();
}
