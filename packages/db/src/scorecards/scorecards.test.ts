import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError } from "../errors";
import { endSession, startSession } from "../live-session/lifecycle";
import { saveNote } from "../notes/notes";
import { seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getFeedback } from "./feedback";
import type { EvidenceItem } from "./scorecard-input";
import { getScorecard, releaseFeedback, saveScorecard, submitScorecard } from "./scorecards";
import { getSelfAssessment, saveSelfAssessment } from "./self-assessments";
import { sessionRubric } from "./session-rubric";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function endedScene() {
  const interviewer = await seedUser(t.db);
  const candidate = await seedUser(t.db);
  const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
  await startSession(t.db, session.id, interviewer.id);
  const rubric = await sessionRubric(t.db, session.id);
  const keys = rubric.dimensions.map((dimension) => dimension.key);
  return { interviewer, candidate, session, keys };
}

function fullDraft(keys: string[], level: 1 | 2 | 3 | 4) {
  return {
    levels: Object.fromEntries(keys.map((key, index) => [key, index === 0 ? null : level])),
    evidence: { [keys[1] as string]: [{ text: "Sized the index at 2 TB", atMs: 60_000 }] } as Record<
      string,
      EvidenceItem[]
    >,
    recommendation: "YES" as const,
    summary: "Solid design, thin on evaluation.",
  };
}

describe("scorecard", () => {
  it("starts from the notes tagged with each dimension", async () => {
    const { interviewer, session, keys } = await endedScene();
    await saveNote(t.db, session.id, interviewer.id, "note-prefill-0001", {
      text: "Asked about p99 latency first",
      dimensionKey: keys[0],
    });
    const card = await getScorecard(t.db, session.id, interviewer.id);
    expect(card.draft.evidence[keys[0] as string]?.[0]?.text).toBe("Asked about p99 latency first");
    expect(card.submittedAt).toBeNull();
  });

  it("marks evidence prefilled from a note with the note it came from, so the scorecard can say so", async () => {
    const { interviewer, session, keys } = await endedScene();
    await saveNote(t.db, session.id, interviewer.id, "note-prefill-0002", {
      text: "Forgot point-in-time joins",
      dimensionKey: keys[1],
    });
    await saveNote(t.db, session.id, interviewer.id, "note-private-0003", { text: "Seems nervous" });
    const card = await getScorecard(t.db, session.id, interviewer.id);
    expect(card.draft.evidence[keys[1] as string]).toEqual([
      { text: "Forgot point-in-time joins", atMs: expect.any(Number), noteId: "note-prefill-0002" },
    ]);
    expect(JSON.stringify(card.draft)).not.toContain("Seems nervous");
  });

  it("the candidate reads what evidence says and when, never which note it came from", async () => {
    const { interviewer, candidate, session, keys } = await endedScene();
    await endSession(t.db, session.id, interviewer.id);
    const draft = fullDraft(keys, 3);
    draft.evidence[keys[1] as string] = [{ text: "Sized the index", atMs: 1_000, noteId: "note-kept-00004" }];
    await saveScorecard(t.db, session.id, interviewer.id, draft);
    await submitScorecard(t.db, session.id, interviewer.id);
    await releaseFeedback(t.db, session.id, interviewer.id);
    const feedback = await getFeedback(t.db, session.id, candidate.id);
    expect(feedback.interviewer?.evidence[keys[1] as string]).toEqual([
      { text: "Sized the index", atMs: 1_000 },
    ]);
  });

  it("keeps 'not observed' apart from 'not decided yet'", async () => {
    const { interviewer, session, keys } = await endedScene();
    const [first, second] = keys as [string, string];
    await saveScorecard(t.db, session.id, interviewer.id, {
      levels: { [first]: null },
      evidence: { [second]: [{ text: "evidence before a level" }] },
      recommendation: null,
      summary: "",
    });
    const card = await getScorecard(t.db, session.id, interviewer.id);
    expect(card.draft.levels).toEqual({ [first]: null });
    expect(card.draft.evidence[second]).toEqual([{ text: "evidence before a level" }]);
  });

  it("cannot be submitted during the session, incomplete, or twice", async () => {
    const { interviewer, session, keys } = await endedScene();
    await saveScorecard(t.db, session.id, interviewer.id, fullDraft(keys, 3));
    await expect(submitScorecard(t.db, session.id, interviewer.id)).rejects.toThrow(/End the session/);
    await endSession(t.db, session.id, interviewer.id);
    await saveScorecard(t.db, session.id, interviewer.id, { ...fullDraft(keys, 3), levels: {} });
    await expect(submitScorecard(t.db, session.id, interviewer.id)).rejects.toThrow(/Score or mark/);
    await saveScorecard(t.db, session.id, interviewer.id, fullDraft(keys, 3));
    await submitScorecard(t.db, session.id, interviewer.id);
    await expect(submitScorecard(t.db, session.id, interviewer.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("edits after submission keep the submitted card as history", async () => {
    const { interviewer, session, keys } = await endedScene();
    await endSession(t.db, session.id, interviewer.id);
    await saveScorecard(t.db, session.id, interviewer.id, fullDraft(keys, 3));
    await submitScorecard(t.db, session.id, interviewer.id);
    const edited = await saveScorecard(t.db, session.id, interviewer.id, fullDraft(keys, 4));
    expect(edited.revisions).toBe(1);
    expect(edited.draft.levels[keys[1] as string]).toBe(4);
  });

  it("only the session's interviewer scores it", async () => {
    const { candidate, session, keys } = await endedScene();
    await expect(saveScorecard(t.db, session.id, candidate.id, fullDraft(keys, 4))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses scores for dimensions the rubric does not have", async () => {
    const { interviewer, session } = await endedScene();
    await expect(
      saveScorecard(t.db, session.id, interviewer.id, {
        levels: { invented: 4 },
        evidence: {},
        recommendation: null,
        summary: "",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("feedback", () => {
  it("the candidate reads nothing of the scores before release, then both sides side by side", async () => {
    const { interviewer, candidate, session, keys } = await endedScene();
    await endSession(t.db, session.id, interviewer.id);
    await saveScorecard(t.db, session.id, interviewer.id, fullDraft(keys, 3));
    await submitScorecard(t.db, session.id, interviewer.id);

    const before = await getFeedback(t.db, session.id, candidate.id);
    expect(before.released).toBe(false);
    expect(before.interviewer).toBeNull();
    expect(JSON.stringify(before)).not.toContain("Solid design");

    const selfLevels = Object.fromEntries(keys.map((key) => [key, 2]));
    await saveSelfAssessment(
      t.db,
      session.id,
      candidate.id,
      { levels: selfLevels, summary: "I rushed" },
      { submit: true },
    );
    await releaseFeedback(t.db, session.id, interviewer.id);
    await expect(releaseFeedback(t.db, session.id, interviewer.id)).rejects.toThrow(/already released/);

    const after = await getFeedback(t.db, session.id, candidate.id);
    expect(after.released).toBe(true);
    expect(after.interviewer?.summary).toBe("Solid design, thin on evaluation.");
    expect(after.interviewer?.levels[keys[0] as string]).toBeNull();
    expect(after.self?.levels).toEqual(selfLevels);
  });

  it("feedback cannot be released before the scorecard is submitted", async () => {
    const { interviewer, session } = await endedScene();
    await endSession(t.db, session.id, interviewer.id);
    await expect(releaseFeedback(t.db, session.id, interviewer.id)).rejects.toThrow(/Submit the scorecard/);
  });

  it("a self-assessment is written after the session and is final once submitted", async () => {
    const { interviewer, candidate, session, keys } = await endedScene();
    await expect(getSelfAssessment(t.db, session.id, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await endSession(t.db, session.id, interviewer.id);
    const levels = Object.fromEntries(keys.map((key) => [key, 3]));
    await saveSelfAssessment(t.db, session.id, candidate.id, { levels: {}, summary: "draft" });
    await saveSelfAssessment(t.db, session.id, candidate.id, { levels, summary: "done" }, { submit: true });
    await expect(
      saveSelfAssessment(t.db, session.id, candidate.id, { levels, summary: "changed my mind" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getSelfAssessment(t.db, session.id, candidate.id)).draft.summary).toBe("done");
  });

  it("a self-assessment cannot be written or submitted once feedback is released, so the scores cannot be copied", async () => {
    const { interviewer, candidate, session, keys } = await endedScene();
    await endSession(t.db, session.id, interviewer.id);
    await saveScorecard(t.db, session.id, interviewer.id, fullDraft(keys, 4));
    await submitScorecard(t.db, session.id, interviewer.id);
    await saveSelfAssessment(t.db, session.id, candidate.id, { levels: {}, summary: "a draft" });
    await releaseFeedback(t.db, session.id, interviewer.id);
    const copied = Object.fromEntries(keys.map((key) => [key, 4]));
    await expect(
      saveSelfAssessment(
        t.db,
        session.id,
        candidate.id,
        { levels: copied, summary: "copied" },
        { submit: true },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const stored = await t.db.selfAssessment.findFirstOrThrow({ where: { sessionId: session.id } });
    expect([stored.summary, stored.submittedAt]).toEqual(["a draft", null]);
    expect((await getFeedback(t.db, session.id, candidate.id)).self).toBeNull();
  });

  it("the candidate reads the feedback as released; later edits reach them only when released again", async () => {
    const { interviewer, candidate, session, keys } = await endedScene();
    await endSession(t.db, session.id, interviewer.id);
    await saveScorecard(t.db, session.id, interviewer.id, fullDraft(keys, 3));
    await submitScorecard(t.db, session.id, interviewer.id);
    await releaseFeedback(t.db, session.id, interviewer.id);

    const edited = { ...fullDraft(keys, 1), summary: "DRAFT rewrite, do not share" };
    await saveScorecard(t.db, session.id, interviewer.id, edited);
    await saveScorecard(t.db, session.id, interviewer.id, { ...edited, summary: "DRAFT again" });
    const released = await getFeedback(t.db, session.id, candidate.id);
    expect(released.interviewer?.summary).toBe("Solid design, thin on evaluation.");
    expect(released.interviewer?.levels[keys[1] as string]).toBe(3);
    expect(JSON.stringify(released)).not.toContain("DRAFT");
    // The interviewer's feedback view shows what the candidate reads, too.
    expect((await getFeedback(t.db, session.id, interviewer.id)).interviewer?.summary).toBe(
      "Solid design, thin on evaluation.",
    );

    await releaseFeedback(t.db, session.id, interviewer.id);
    const again = await getFeedback(t.db, session.id, candidate.id);
    expect(again.interviewer?.summary).toBe("DRAFT again");
    expect(again.interviewer?.levels[keys[1] as string]).toBe(1);
    await expect(releaseFeedback(t.db, session.id, interviewer.id)).rejects.toThrow(/already released/);
  });
});
