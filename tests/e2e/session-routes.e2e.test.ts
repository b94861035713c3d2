import { type SeededUser, seedPrompt, seedUser } from "@mockboard/db/testing/factories";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

let interviewerUser: SeededUser;
let strangerUser: SeededUser;
let promptId: string;
beforeAll(async () => {
  [interviewerUser, strangerUser] = await Promise.all([seedUser(testDb()), seedUser(testDb())]);
  promptId = (await seedPrompt(testDb())).id;
});

const sessionCount = () => testDb().interviewSession.count();
const json = (body: unknown) => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("session routes", () => {
  it("create a session and mint board tokens only for the people in it", async () => {
    const interviewer = await signedInFetch(interviewerUser);
    const created = await interviewer("/api/sessions", { method: "POST", ...json({ promptId }) });
    expect(created.status).toBe(201);
    const { session } = await created.json();

    const token = await interviewer(`/api/sessions/${session.id}/board-token`, { method: "POST" });
    expect(token.status).toBe(200);
    expect(await token.json()).toMatchObject({ role: "editor", docId: session.boardDocId });

    const stranger = await signedInFetch(strangerUser);
    expect((await stranger(`/api/sessions/${session.id}/board-token`, { method: "POST" })).status).toBe(404);
    expect((await stranger(`/sessions/${session.id}`)).status).toBe(404);
    expect((await interviewer("/api/sessions/x/board-token", { method: "POST" })).status).toBe(404);
  });

  it("refuse bad input with a clear 4xx and create nothing", async () => {
    const interviewer = await signedInFetch(interviewerUser);
    const before = await sessionCount();
    const cases: [RequestInit, number][] = [
      [{ method: "POST", headers: { "content-type": "application/json" }, body: "{" }, 400],
      [{ method: "POST", ...json({}) }, 400],
      [{ method: "POST", ...json({ promptId: "no-such-prompt" }) }, 404],
      [{ method: "POST", ...json({ promptId, cohortId: "not-my-cohort" }) }, 404],
    ];
    for (const [init, status] of cases) {
      const response = await interviewer("/api/sessions", init);
      expect(response.status).toBe(status);
      expect(typeof (await response.json()).error).toBe("string");
    }
    expect(await sessionCount()).toBe(before);
  });

  it("ask an anonymous caller to sign in before minting a board token", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/sessions/anything/board-token`, {
      method: "POST",
    });
    expect(response.status).toBe(401);
  });
});
