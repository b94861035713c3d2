import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
const base = process.env.BASE ?? "http://localhost:3100";
await page.goto(`${base}/signin`);
await page.fill("#email", process.env.EMAIL ?? "interviewer@mockboard.dev");
await page.fill("#password", "mockboard-demo");
await page.click("button[type=submit]");
await page.waitForURL("**/dashboard");
for (const p of (process.env.PAGES ?? "").split(",").filter(Boolean)) {
  await page.goto(`${base}${p}`);
  await page.waitForTimeout(Number(process.env.WAIT ?? 300));
  await page.screenshot({ path: `/tmp/shots/${p.replace(/\W+/g, "_").slice(0, 60)}.png`, fullPage: process.env.FULL === "1" });
  console.log("shot", p, page.url());
}
await browser.close();
