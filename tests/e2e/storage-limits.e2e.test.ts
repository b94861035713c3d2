// Issue #19, finding 6: what one person writes in one session is capped (notes by count and
// by size, timer changes), each refusal a clear 409 that stores nothing. The caps per
// person across sessions and on video events are tested in packages/db with small limits.
import { randomBytes } from "node:crypto";
import { STORAGE_LIMITS } from "@mockboard/db";
import { type SeededUser, seedSession, seedUser } from "@mockboard/db/testing/factories";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

let interviewer: SeededUser;
let as: Awaited<ReturnType<typeof signedInFetch>>;
beforeAll(async () => {
  interviewer = await seedUser(testDb());
  as = await signedInFetch(interviewer);
});

const noteId = () => randomBytes(12).toString("base64url");
const put = (body: unknown) => ({
  method: "PUT",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Notes already in the session, written straight to the table (what hundreds of saves would leave). */
async function fillNotes(sessionId: string, count: number, text: string) {
  await testDb().note.createMany({
    data: Array.from({ length: count }, (_, n) => ({
      id: noteId(),
      sessionId,
      authorId: interviewer.id,
      offsetMs: n,
      text,
    })),
  });
}

describe("notes", () => {
  it("are refused past the count per person and session, with 409 and nothing stored", async () => {
    const session = await seedSession(testDb(), { interviewerId: interviewer.id, status: "LIVE" });
    await fillNotes(session.id, STORAGE_LIMITS.notesPerSessionPerAuthor, "a short note");
    const response = await as(`/api/sessions/${session.id}/notes/${noteId()}`, put({ text: "one more" }));
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/notes in this session/);
    expect(await testDb().note.count({ where: { sessionId: session.id } })).toBe(
      STORAGE_LIMITS.notesPerSessionPerAuthor,
    );
  });

  it("are refused past the size per person and session, new ones and ones that grow", async () => {
    const session = await seedSession(testDb(), { interviewerId: interviewer.id, status: "LIVE" });
    const long = "x".repeat(10_000);
    const room = STORAGE_LIMITS.noteBytesPerSessionPerAuthor;
    await fillNotes(session.id, Math.floor(room / long.length), long);
    const small = noteId();
    expect((await as(`/api/sessions/${session.id}/notes/${small}`, put({ text: "fits" }))).status).toBe(200);
    const growing = await as(`/api/sessions/${session.id}/notes/${small}`, put({ text: long }));
    expect(growing.status).toBe(409);
    expect((await growing.json()).error).toMatch(/notes in this session/);
    const fresh = await as(`/api/sessions/${session.id}/notes/${noteId()}`, put({ text: long }));
    expect(fresh.status).toBe(409);
    // Shrinking and deleting still work at the limit.
    expect((await as(`/api/sessions/${session.id}/notes/${small}`, put({ text: "f" }))).status).toBe(200);
    expect((await testDb().note.findUniqueOrThrow({ where: { id: small } })).text).toBe("f");
  });
});

describe("timer changes", () => {
  it("are refused past the count per session, with 409 and no event stored", async () => {
    const session = await seedSession(testDb(), { interviewerId: interviewer.id, status: "LIVE" });
    const started = Date.now() - 60_000;
    await testDb().sessionEvent.createMany({
      data: Array.from({ length: STORAGE_LIMITS.timerChangesPerSession }, (_, n) => ({
        sessionId: session.id,
        kind: "TIME_ADDED" as const,
        actorId: interviewer.id,
        at: new Date(started + n),
        data: { seconds: 60 },
      })),
    });
    const before = await testDb().sessionEvent.count({ where: { sessionId: session.id } });
    const response = await as(`/api/sessions/${session.id}/timer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "add-time", seconds: 60 }),
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/timer/);
    expect(await testDb().sessionEvent.count({ where: { sessionId: session.id } })).toBe(before);
  });
});
