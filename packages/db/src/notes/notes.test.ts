import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { endSession, startSession } from "../live-session/lifecycle";
import { STORAGE_LIMITS } from "../storage-limits";
import { seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { deleteNote, listNotes, saveNote } from "./notes";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

let counter = 0;
const noteId = () => `note-${Date.now()}-${counter++}`.padEnd(12, "x");

async function liveScene() {
  const interviewer = await seedUser(t.db);
  const candidate = await seedUser(t.db);
  const coach = await seedUser(t.db);
  const cohort = await seedCohort(t.db, { coaches: [coach.id], members: [interviewer.id, candidate.id] });
  const session = await seedSession(t.db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId: cohort.id,
  });
  await startSession(t.db, session.id, interviewer.id);
  return { interviewer, candidate, coach, session };
}

describe("interviewer notes", () => {
  it("an autosave retried with the same id updates one note instead of adding another", async () => {
    const { interviewer, session } = await liveScene();
    const id = noteId();
    await saveNote(t.db, session.id, interviewer.id, id, { text: "Clarifies the lat" });
    await saveNote(t.db, session.id, interviewer.id, id, { text: "Clarifies the latency budget" });
    await saveNote(t.db, session.id, interviewer.id, id, { text: "Clarifies the latency budget" });
    const notes = await listNotes(t.db, session.id, interviewer.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toBe("Clarifies the latency budget");
  });

  it("stamps a note with the session time, and a client time only if it is earlier", async () => {
    const { interviewer, session } = await liveScene();
    const note = await saveNote(t.db, session.id, interviewer.id, noteId(), { text: "", atMs: 10_000_000 });
    expect(note.offsetMs).toBeLessThan(60_000);
    const early = await saveNote(t.db, session.id, interviewer.id, noteId(), { text: "marker", atMs: 0 });
    expect(early.offsetMs).toBe(0);
  });

  it("never lets the candidate read or write notes", async () => {
    const { interviewer, candidate, session } = await liveScene();
    await saveNote(t.db, session.id, interviewer.id, noteId(), { text: "Weak on trade-offs" });
    await expect(listNotes(t.db, session.id, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveNote(t.db, session.id, candidate.id, noteId(), { text: "hi" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("shows an observing coach only the notes the interviewer shared", async () => {
    const { interviewer, coach, session } = await liveScene();
    await saveNote(t.db, session.id, interviewer.id, noteId(), { text: "private thought" });
    await saveNote(t.db, session.id, interviewer.id, noteId(), {
      text: "for the coach",
      visibility: "SHARED",
    });
    const seen = await listNotes(t.db, session.id, coach.id);
    expect(seen.map((note) => note.text)).toEqual(["for the coach"]);
    await expect(saveNote(t.db, session.id, coach.id, noteId(), { text: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses a tag that is not a dimension of the session's rubric", async () => {
    const { interviewer, session } = await liveScene();
    await expect(
      saveNote(t.db, session.id, interviewer.id, noteId(), { text: "x", dimensionKey: "no-such-dimension" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a stranger cannot overwrite or delete someone else's note by guessing its id", async () => {
    const { interviewer, session } = await liveScene();
    const id = noteId();
    await saveNote(t.db, session.id, interviewer.id, id, { text: "mine" });
    const other = await seedUser(t.db);
    const otherSession = await seedSession(t.db, { interviewerId: other.id });
    await startSession(t.db, otherSession.id, other.id);
    await expect(
      saveNote(t.db, otherSession.id, other.id, id, { text: "taken over" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteNote(t.db, otherSession.id, other.id, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listNotes(t.db, session.id, interviewer.id))[0]?.text).toBe("mine");
  });

  it("the interviewer keeps writing notes after the session ended, and can delete their own", async () => {
    const { interviewer, session } = await liveScene();
    await endSession(t.db, session.id, interviewer.id);
    const id = noteId();
    await saveNote(t.db, session.id, interviewer.id, id, { text: "afterthought" });
    await deleteNote(t.db, session.id, interviewer.id, id);
    expect(await listNotes(t.db, session.id, interviewer.id)).toEqual([]);
  });

  it("refuses notes that would take one person past what they keep across all sessions, and still lets them shrink", async () => {
    const limits = { ...STORAGE_LIMITS, noteBytesPerAuthor: 25 };
    const first = await liveScene();
    const second = await seedSession(t.db, { interviewerId: first.interviewer.id });
    await startSession(t.db, second.id, first.interviewer.id);
    const kept = noteId();
    await saveNote(t.db, first.session.id, first.interviewer.id, kept, { text: "x".repeat(20) }, limits);
    await expect(
      saveNote(t.db, second.id, first.interviewer.id, noteId(), { text: "y".repeat(6) }, limits),
    ).rejects.toThrow(/across all sessions would pass/);
    await expect(
      saveNote(t.db, second.id, first.interviewer.id, noteId(), { text: "é".repeat(3) }, limits),
    ).rejects.toBeInstanceOf(ConflictError);
    await saveNote(t.db, second.id, first.interviewer.id, noteId(), { text: "y".repeat(5) }, limits);
    await saveNote(t.db, first.session.id, first.interviewer.id, kept, { text: "shorter" }, limits);
    // Another person's room is their own.
    const other = await liveScene();
    await saveNote(t.db, other.session.id, other.interviewer.id, noteId(), { text: "z".repeat(25) }, limits);
  });
});
