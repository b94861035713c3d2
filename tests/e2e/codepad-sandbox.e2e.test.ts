// Issue #25: code run in the code pad cannot reach the network, the page, cookies or storage.
// A candidate's code runs in whichever browser starts the run, the interviewer's included, so
// each attempt here is what a candidate could try to read the interviewer's session with.
import { seedPrompt, seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { replaceCode, runAndWait } from "./support/code-pad";
import { testDb } from "./support/db";

let browser: Browser;
let page: Page;
/** Every request the browser made while the attempts ran: pages and workers alike. */
const requests: string[] = [];
/** Marks the URLs the attempts ask for, so any that got out would be found. */
const PROBE = "sandbox-probe";

beforeAll(async () => {
  const db = testDb();
  const interviewer = await seedUser(db);
  const prompt = await seedPrompt(db, { from: "closest-readings-from-two-sensors" });
  const session = await seedSession(db, {
    interviewerId: interviewer.id,
    promptId: prompt.id,
    status: "LIVE",
  });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.on("request", (request: Request) => requests.push(request.url()));
  page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, interviewer);
  // Something worth stealing: storage and a readable cookie in the page's origin.
  await page.goto(`${inject("baseUrl")}/sessions/${session.id}`);
  await page.evaluate(() => localStorage.setItem("secret", "local-secret"));
  await context.addCookies([{ name: "visible", value: "cookie-secret", url: inject("baseUrl") }]);
  await page.getByTestId("code-editor").locator(".cm-content").waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function run(
  language: "python" | "javascript",
  code: string,
): Promise<{ stdout: string; stderr: string }> {
  const picker = page.getByLabel("Language");
  if ((await picker.inputValue()) !== language) await picker.selectOption(language);
  await replaceCode(page, code);
  // The first Python run loads Pyodide (12 MB) into a new worker: slow on a busy machine.
  await runAndWait(page, 100_000);
  const text = async (id: string) =>
    page
      .getByTestId(id)
      .innerText()
      .catch(() => "");
  return { stdout: await text("run-stdout"), stderr: await text("run-stderr") };
}

/** Python that tries each way out and prints what happened, one line per attempt. */
const PYTHON_ATTEMPTS = `
def attempt(name, action):
    try:
        print(name, "REACHED", repr(action())[:80])
    except BaseException as error:
        print(name, "blocked:", type(error).__name__)

import js, pyodide_js
from pyodide.code import run_js
from pyodide.http import open_url
import urllib.request

attempt("js.fetch", lambda: js.fetch("/api/health?${PROBE}=1"))
attempt("run_js fetch", lambda: run_js("fetch('/api/health?${PROBE}=2')"))
attempt("open_url", lambda: open_url("/api/health?${PROBE}=3").read())
attempt("urllib", lambda: urllib.request.urlopen("http://127.0.0.1/?${PROBE}=4").read())
attempt("Function constructor", lambda: pyodide_js.constructor.constructor("return fetch('/api/health?${PROBE}=5')")())
attempt("js.document", lambda: js.document.title)
attempt("js.document.cookie", lambda: js.document.cookie)
attempt("js.localStorage", lambda: js.localStorage.getItem("secret"))
attempt("js.indexedDB", lambda: js.indexedDB.open("x"))
attempt("run_js globals", lambda: run_js("typeof indexedDB + typeof caches + typeof XMLHttpRequest"))
`;

const JS_ATTEMPTS = `
const attempt = (name, action) => {
  try {
    console.log(name, "REACHED", String(action()).slice(0, 80));
  } catch (error) {
    console.log(name, "blocked:", error.name);
  }
};
attempt("fetch", () => fetch("/api/health?${PROBE}=6"));
attempt("XMLHttpRequest", () => new XMLHttpRequest());
attempt("WebSocket", () => new WebSocket("ws://127.0.0.1:1/${PROBE}"));
attempt("importScripts", () => importScripts("/${PROBE}.js"));
attempt("document", () => document.title);
attempt("document.cookie", () => document.cookie);
attempt("localStorage", () => localStorage.getItem("secret"));
attempt("indexedDB", () => indexedDB.open("x"));
attempt("caches", () => caches.keys());
attempt("Function", () => Function("return typeof fetch + typeof self")());
attempt("globalThis keys", () => Object.keys(globalThis).filter((key) => !["attempt", "console"].includes(key)).join("|") || "none");
`;

describe("code in the code pad's sandboxes", () => {
  it("cannot reach the network, the page, its cookies or storage from Python", {
    timeout: 120_000,
  }, async () => {
    const { stdout, stderr } = await run("python", PYTHON_ATTEMPTS);
    expect(stderr).toBe("");
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line).toMatch(/ blocked: \w+$/);
    expect(stdout).not.toContain("secret");
  });

  it("cannot reach the network, the page, its cookies or storage from JavaScript", {
    timeout: 120_000,
  }, async () => {
    const { stdout } = await run("javascript", JS_ATTEMPTS);
    const lines = stdout.trim().split("\n");
    expect(lines.slice(0, 10)).toHaveLength(10);
    for (const line of lines.slice(0, 9)) expect(line).toMatch(/ blocked: \w+$/);
    // Function exists inside the VM, but what it evaluates sees the VM's globals only.
    expect(lines[9]).toBe("Function REACHED undefinedundefined");
    expect(lines[10]).toBe("globalThis keys REACHED none");
    expect(stdout).not.toContain("secret");
  });

  it("never sent a request anywhere for any attempt", () => {
    expect(requests.filter((url) => url.includes(PROBE))).toEqual([]);
  });

  it("runs in a worker whose own policy refuses every request and eval", async () => {
    const response = await page.request.get(`${inject("baseUrl")}/codepad-runtime/python-worker.js`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toBe(
      "default-src 'none'; script-src 'wasm-unsafe-eval'",
    );
  });
});
