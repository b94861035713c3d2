import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { listNotifications } from "../notifications";
import { loadReplayAccess } from "../replay";
import { sessionRubric } from "../scorecards/session-rubric";
import { playSession, type SeededUser, seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import type { CalibrationDraft } from "./calibration-input";
import { getCalibration } from "./calibration-view";
import { requestCalibration, saveCalibrationScores, submitCalibration } from "./calibrations";
import { getCohortCalibration } from "./cohort-agreement";
import { listOwnCalibrationRequests } from "./own-requests";

let t: TestDatabase;
let owner: SeededUser;
let coach: SeededUser;
let ana: SeededUser;
let ben: SeededUser;
let cleo: SeededUser;
let outsider: SeededUser;
let cohortId: string;
let sessionId: string;
let keys: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  [owner, coach, ana, ben, cleo, outsider] = await Promise.all([
    seedUser(t.db, { name: "Owner" }),
    seedUser(t.db, { name: "Coach" }),
    seedUser(t.db, { name: "Ana" }),
    seedUser(t.db, { name: "Ben" }),
    seedUser(t.db, { name: "Cleo" }),
    seedUser(t.db, { name: "Outsider" }),
  ]);
  const cohort = await seedCohort(t.db, {
    owners: [owner.id],
    coaches: [coach.id],
    members: [ana.id, ben.id, cleo.id],
  });
  cohortId = cohort.id;
  await seedCohort(t.db, { owners: [outsider.id] });
  const session = await seedSession(t.db, { interviewerId: ana.id, candidateId: ben.id, cohortId });
  await playSession(t.db, { id: session.id, interviewerId: ana.id, candidateId: ben.id });
  sessionId = session.id;
  keys = (await sessionRubric(t.db, sessionId)).dimensions.map((dimension) => dimension.key);
}, 120_000);
afterAll(() => t.drop());

const draftOf = (level: (index: number) => number | null, who = "A rater"): CalibrationDraft => ({
  levels: Object.fromEntries(keys.map((key, index) => [key, level(index)])),
  evidence: Object.fromEntries(keys.map((key) => [key, [{ text: `${who} saw ${key}`, atMs: 60_000 }]])),
});

describe("asking for a blind calibration", () => {
  it("is for owners and coaches, on a finished session of the cohort, with raters from the cohort", async () => {
    await expect(
      requestCalibration(t.db, cohortId, ana.id, { sessionId, raterIds: [coach.id, cleo.id] }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      requestCalibration(t.db, cohortId, coach.id, { sessionId, raterIds: [cleo.id, outsider.id] }),
    ).rejects.toThrow(ConflictError);
    const open = await seedSession(t.db, { interviewerId: ana.id, candidateId: cleo.id, cohortId });
    await expect(
      requestCalibration(t.db, cohortId, coach.id, { sessionId: open.id, raterIds: [ana.id, coach.id] }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      requestCalibration(t.db, outsider.id, outsider.id, { sessionId, raterIds: [ana.id, coach.id] }),
    ).rejects.toThrow(NotFoundError);
  });

  it("never makes the session's candidate a rater of their own interview", async () => {
    await expect(
      requestCalibration(t.db, cohortId, coach.id, { sessionId, raterIds: [ben.id, cleo.id] }),
    ).rejects.toThrow(ConflictError);
  });
});

describe("scoring blind", () => {
  let calibrationId: string;

  beforeAll(async () => {
    ({ id: calibrationId } = await requestCalibration(t.db, cohortId, owner.id, {
      sessionId,
      raterIds: [coach.id, ana.id, cleo.id],
    }));
  });

  it("tells each rater in the app, with a link to the calibration", async () => {
    const [first] = await listNotifications(t.db, cleo.id);
    expect(first).toMatchObject({
      kind: "CALIBRATION_REQUESTED",
      href: `/cohorts/${cohortId}/calibration/${calibrationId}`,
    });
  });

  it("lists the request among the rater's own, with no one's scores, and nothing for a non-rater", async () => {
    const [request] = await listOwnCalibrationRequests(t.db, cohortId, cleo.id);
    expect(request).toEqual({
      id: calibrationId,
      sessionTitle: expect.any(String),
      requestedAt: expect.any(Date),
      requestedBy: "Owner",
      submitted: false,
    });
    expect(await listOwnCalibrationRequests(t.db, cohortId, ben.id)).toEqual([]);
    await expect(listOwnCalibrationRequests(t.db, cohortId, outsider.id)).rejects.toThrow(NotFoundError);
  });

  it("lets a rater who is a plain member watch the replay as a guest, without the scorecard", async () => {
    const access = await loadReplayAccess(t.db, sessionId, cleo.id);
    expect(access.role).toBe("guest");
    expect(access.can.scorecard).toBe("none");
  });

  it("refuses to submit until every dimension has a level or 'not observed'", async () => {
    await saveCalibrationScores(t.db, calibrationId, cleo.id, {
      levels: { [keys[0] as string]: 2 },
      evidence: {},
    });
    await expect(submitCalibration(t.db, calibrationId, cleo.id)).rejects.toThrow(ConflictError);
  });

  it("shows a rater only their own draft until they submit, even after others submitted", async () => {
    await saveCalibrationScores(
      t.db,
      calibrationId,
      ana.id,
      draftOf(() => 3, "Ana"),
    );
    await submitCalibration(t.db, calibrationId, ana.id);
    await saveCalibrationScores(
      t.db,
      calibrationId,
      coach.id,
      draftOf((i) => (i === 0 ? null : 2)),
    );
    const coachView = await getCalibration(t.db, calibrationId, coach.id);
    expect(coachView.dimensions).toBeNull();
    expect(coachView.seat?.submitted).toBe(false);
    expect(coachView.seat?.draft.levels[keys[1] as string]).toBe(2);
    expect(coachView.seat?.draft.levels[keys[0] as string]).toBeNull();
    expect(JSON.stringify(coachView)).not.toContain("Ana saw");
    expect(coachView.raters.map((rater) => [rater.name, rater.submitted])).toContainEqual(["Ana", true]);
    const [own] = await listOwnCalibrationRequests(t.db, cohortId, ana.id);
    expect(own).toMatchObject({ id: calibrationId, submitted: true });
  });

  it("reveals every submitted rater's levels and evidence side by side once the rater submits", async () => {
    await submitCalibration(t.db, calibrationId, coach.id);
    const view = await getCalibration(t.db, calibrationId, coach.id);
    const first = view.dimensions?.find((dimension) => dimension.key === keys[1]);
    expect(first?.ratings.map((rating) => [rating.name, rating.level])).toEqual(
      expect.arrayContaining([
        ["Ana", 3],
        ["Coach", 2],
      ]),
    );
    expect(first?.ratings.find((rating) => rating.name === "Ana")?.evidence[0]?.text).toBe(
      `Ana saw ${keys[1]}`,
    );
    // Cleo has not submitted: her draft reaches nobody.
    expect(view.dimensions?.flatMap((d) => d.ratings).some((rating) => rating.name === "Cleo")).toBe(false);
    await expect(
      saveCalibrationScores(
        t.db,
        calibrationId,
        coach.id,
        draftOf(() => 4),
      ),
    ).rejects.toThrow(ConflictError);
  });

  it("shows submitted scores to an owner who is not scoring, and nothing to anyone else", async () => {
    const view = await getCalibration(t.db, calibrationId, owner.id);
    expect(view.seat).toBeNull();
    expect(view.dimensions?.length).toBe(keys.length);
    await expect(getCalibration(t.db, calibrationId, ben.id)).rejects.toThrow(NotFoundError);
    await expect(getCalibration(t.db, calibrationId, outsider.id)).rejects.toThrow(NotFoundError);
    await expect(getCohortCalibration(t.db, cohortId, ana.id)).rejects.toThrow(ForbiddenError);
    await expect(getCohortCalibration(t.db, cohortId, outsider.id)).rejects.toThrow(NotFoundError);
  });
});

describe("agreement and leniency across the cohort's calibrations", () => {
  /** A new finished session of Ben's, which Ana and Cleo are asked to score at these levels. */
  async function calibratedSession(anaLevel: number, cleoLevel: number) {
    const session = await seedSession(t.db, { interviewerId: coach.id, candidateId: ben.id, cohortId });
    await playSession(t.db, { id: session.id, interviewerId: coach.id, candidateId: ben.id });
    const { id } = await requestCalibration(t.db, cohortId, coach.id, {
      sessionId: session.id,
      raterIds: [ana.id, cleo.id],
    });
    await saveCalibrationScores(
      t.db,
      id,
      ana.id,
      draftOf(() => anaLevel),
    );
    await saveCalibrationScores(
      t.db,
      id,
      cleo.id,
      draftOf(() => cleoLevel),
    );
    return id;
  }

  it("measures agreement per dimension over calibrated sessions, and who scores high", async () => {
    // Three more sessions, each calibrated by Ana and Cleo: Ana always one level above Cleo.
    for (const index of [0, 1, 2]) {
      const id = await calibratedSession(2 + (index % 2) + 1, 2 + (index % 2));
      await submitCalibration(t.db, id, ana.id);
      await submitCalibration(t.db, id, cleo.id);
    }
    const tab = await getCohortCalibration(t.db, cohortId, coach.id);
    expect(tab.calibrations).toHaveLength(4);
    expect(tab.calibrations.at(-1)).toMatchObject({ raters: 3, submitted: 2 });
    const dimension = tab.agreement.find((entry) => entry.dimension.endsWith(`/${keys[1]}`));
    expect(dimension?.method).toBe("krippendorff-alpha");
    expect(dimension?.units).toBe(4);
    expect(dimension?.value).toBeLessThan(0.6);
    expect(dimension?.band).toBe("weak");
    const ana_ = tab.leniency.find((entry) => entry.name === "Ana");
    const cleo_ = tab.leniency.find((entry) => entry.name === "Cleo");
    expect(ana_?.meanDifference).toBeGreaterThan(cleo_?.meanDifference ?? Number.POSITIVE_INFINITY);
  });

  it("recomputes a dimension's agreement as soon as another calibration is submitted", async () => {
    const before = await getCohortCalibration(t.db, cohortId, coach.id);
    const dimensionOf = (tab: typeof before) =>
      tab.agreement.find((entry) => entry.dimension.endsWith(`/${keys[1]}`));
    const id = await calibratedSession(4, 1);
    await submitCalibration(t.db, id, ana.id);
    expect(dimensionOf(await getCohortCalibration(t.db, cohortId, coach.id))).toEqual(dimensionOf(before));
    await submitCalibration(t.db, id, cleo.id);
    const after = dimensionOf(await getCohortCalibration(t.db, cohortId, coach.id));
    expect(after?.units).toBe((dimensionOf(before)?.units ?? 0) + 1);
    expect(after?.value).toBeLessThan(dimensionOf(before)?.value ?? Number.NEGATIVE_INFINITY);
  });
});
