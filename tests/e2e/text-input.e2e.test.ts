// Issue #19, finding 12: text from outside that Postgres cannot store (NUL) or that is not
// text at all (an unpaired surrogate) is refused at the edge with a 400 naming the field,
// for every route and page, instead of a 500 from deep inside; and a malformed invite link
// of any length is an answer, not a crash.
import { type SeededUser, seedSession, seedUser } from "@mockboard/db/testing/factories";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

let interviewer: SeededUser;
let interviewerFetch: Awaited<ReturnType<typeof signedInFetch>>;
let session: Awaited<ReturnType<typeof seedSession>>;
let dimension: string;
beforeAll(async () => {
  interviewer = await seedUser(testDb());
  interviewerFetch = await signedInFetch(interviewer);
  session = await seedSession(testDb(), { interviewerId: interviewer.id, status: "COMPLETED" });
  const scorecard = await (await interviewerFetch(`/api/sessions/${session.id}/scorecard`)).json();
  dimension = scorecard.rubric.dimensions[0].key;
});

const send = (method: string, body: unknown) => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Asserts a 400 whose details name `field`, and returns nothing else to check. */
async function expectRefusalNaming(response: Response, field: string) {
  const body = (await response.json()) as { error?: string; details?: Record<string, string[]> };
  expect({ status: response.status, fields: Object.keys(body.details ?? {}) }).toEqual({
    status: 400,
    fields: [field],
  });
  expect(body.details?.[field]?.[0]).toMatch(/NUL|unpaired surrogate/);
}

describe("text that is not storable text", () => {
  it("is refused in a session's title and ids, and no session is created", async () => {
    const promptId = (await testDb().interviewSession.findUniqueOrThrow({ where: { id: session.id } }))
      .promptId;
    const before = await testDb().interviewSession.count();
    for (const [body, field] of [
      [{ promptId, title: "Mock\u0000interview" }, "title"],
      [{ promptId, title: "Mock \ud800 interview" }, "title"],
      [{ promptId: "\u0000abc" }, "promptId"],
      [{ promptId, cohortId: "co\u0000hort" }, "cohortId"],
    ] as const) {
      await expectRefusalNaming(await interviewerFetch("/api/sessions", send("POST", body)), field);
    }
    const form = await interviewerFetch("/api/sessions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `promptId=${promptId}&title=a%00b`,
    });
    await expectRefusalNaming(form, "title");
    expect(await testDb().interviewSession.count()).toBe(before);
  });

  it("is refused in note text, scorecard summary and evidence, naming the nested field", async () => {
    await expectRefusalNaming(
      await interviewerFetch(
        `/api/sessions/${session.id}/notes/note-nul-text-0001`,
        send("PUT", { text: "a\u0000" }),
      ),
      "text",
    );
    const draft = { levels: {}, evidence: {}, recommendation: null, summary: "" };
    await expectRefusalNaming(
      await interviewerFetch(
        `/api/sessions/${session.id}/scorecard`,
        send("PUT", { ...draft, summary: "\udc00" }),
      ),
      "summary",
    );
    await expectRefusalNaming(
      await interviewerFetch(
        `/api/sessions/${session.id}/scorecard`,
        send("PUT", { ...draft, evidence: { [dimension]: [{ text: "saw \u0000 it" }] } }),
      ),
      `evidence.${dimension}.0.text`,
    );
    await expectRefusalNaming(
      await interviewerFetch(
        `/api/sessions/${session.id}/scorecard`,
        send("PUT", { ...draft, "x\u0000": 1 }),
      ),
      "x\u0000",
    );
    expect(await testDb().note.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("is refused in a registration's name", async () => {
    const email = `nul-${Date.now()}@example.test`;
    const response = await fetch(`${inject("baseUrl")}/api/register`, {
      ...send("POST", { name: "Ada\u0000", email, password: "long-enough-pw" }),
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.77" },
    });
    await expectRefusalNaming(response, "name");
    expect(await testDb().user.count({ where: { email } })).toBe(0);
  });

  it("is refused in a catalogue search and any other address, naming the parameter", async () => {
    await expectRefusalNaming(await interviewerFetch("/prompts?q=cache%00"), "q");
    await expectRefusalNaming(await interviewerFetch("/api/sessions/abc%00/state"), "path");
    // Percent-decoding turns a broken UTF-8 sequence into U+FFFD: not an error, not stored as garbage.
    expect((await interviewerFetch("/prompts?q=%ED%A0%80")).status).toBe(200);
  });
});

describe("an invite link", () => {
  it("of any length answers as an invalid link, not a server error", async () => {
    for (const code of ["x".repeat(201), "x".repeat(5_000)]) {
      const response = await interviewerFetch(`/join/${code}`);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).toContain("This invite link is not valid");
    }
  });
});
