import { livekitRoomForSession } from "@mockboard/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endSession, startSession } from "../live-session/lifecycle";
import { seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getVideoRoom, recordVideoEvent, type VideoEvent, videoRightOf } from "./video-events";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

let counter = 0;
async function scene() {
  const [interviewer, candidate, coach, stranger] = await Promise.all([
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
  ]);
  const cohort = await seedCohort(t.db, { coaches: [coach.id], members: [interviewer.id, candidate.id] });
  const session = await seedSession(t.db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId: cohort.id,
  });
  return { interviewer, candidate, coach, stranger, session, room: livekitRoomForSession(session.id) };
}

function joined(room: string, identity: string, overrides: Partial<VideoEvent> = {}): VideoEvent {
  return {
    id: `EV_test_${counter++}`,
    event: "participant_joined",
    room,
    at: new Date(),
    participant: { identity, name: "Someone" },
    ...overrides,
  };
}

const videoEvents = (sessionId: string) =>
  t.db.sessionEvent.findMany({
    where: {
      sessionId,
      kind: { in: ["VIDEO_JOINED", "VIDEO_LEFT", "VIDEO_TRACK_PUBLISHED", "VIDEO_TRACK_UNPUBLISHED"] },
    },
    orderBy: { at: "asc" },
  });

describe("video events on the session timeline", () => {
  it("records a join on the timeline of the session whose room it happened in, with the person as actor", async () => {
    const { interviewer, session, room } = await scene();
    const at = new Date(Date.now() - 5_000);
    expect(await recordVideoEvent(t.db, joined(room, interviewer.id, { at }))).toEqual({
      recorded: true,
      sessionId: session.id,
    });
    const [event] = await videoEvents(session.id);
    expect(event).toMatchObject({ kind: "VIDEO_JOINED", actorId: interviewer.id, at });
    expect(event?.data).toMatchObject({ identity: interviewer.id, name: "Someone" });
  });

  it("stops recording a session's video events at the limit, and says so", async () => {
    const { interviewer, room, session } = await scene();
    const limits = { videoEventsPerSession: 3 };
    for (let n = 0; n < 3; n++)
      expect(await recordVideoEvent(t.db, joined(room, interviewer.id), limits)).toMatchObject({
        recorded: true,
      });
    expect(await recordVideoEvent(t.db, joined(room, interviewer.id), limits)).toEqual({
      recorded: false,
      reason: "limit",
      sessionId: session.id,
    });
    expect(await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "VIDEO_JOINED" } })).toBe(3);
  });

  it("records a webhook delivered twice once", async () => {
    const { candidate, session, room } = await scene();
    const event = joined(room, candidate.id);
    await recordVideoEvent(t.db, event);
    expect(await recordVideoEvent(t.db, event)).toMatchObject({ recorded: false, reason: "duplicate" });
    await Promise.all([recordVideoEvent(t.db, event), recordVideoEvent(t.db, event)]);
    expect(await videoEvents(session.id)).toHaveLength(1);
  });

  it("keeps which track was published or unpublished", async () => {
    const { candidate, session, room } = await scene();
    const track = { sid: "TR_abc", source: "camera", type: "video" };
    await recordVideoEvent(t.db, joined(room, candidate.id, { event: "track_published", track }));
    await recordVideoEvent(t.db, joined(room, candidate.id, { event: "track_unpublished", track }));
    await recordVideoEvent(t.db, joined(room, candidate.id, { event: "participant_left" }));
    const events = await videoEvents(session.id);
    expect(events.map((event) => event.kind)).toEqual([
      "VIDEO_TRACK_PUBLISHED",
      "VIDEO_TRACK_UNPUBLISHED",
      "VIDEO_LEFT",
    ]);
    expect(events[0]?.data).toMatchObject({ trackSid: "TR_abc", source: "camera", trackType: "video" });
  });

  it("records nothing for a room that is no session's, and no actor for an identity that is no user", async () => {
    const { session, room } = await scene();
    expect(await recordVideoEvent(t.db, joined("room-nobodysRoom1234", "x"))).toEqual({
      recorded: false,
      reason: "unknown-room",
    });
    await recordVideoEvent(t.db, joined(room, "not-a-user"));
    const [event] = await videoEvents(session.id);
    expect(event?.actorId).toBeNull();
  });

  it("refuses an event that is not a join, leave or track publication", async () => {
    const { interviewer, room } = await scene();
    await expect(
      recordVideoEvent(t.db, joined(room, interviewer.id, { event: "room_started" as never })),
    ).rejects.toThrow();
  });
});

describe("video rights in a room", () => {
  it("follow the interview rules: participants publish while open, observers only watch a live one", async () => {
    const { interviewer, candidate, coach, stranger, session, room } = await scene();
    expect(await videoRightOf(t.db, room, interviewer.id)).toEqual({
      sessionId: session.id,
      video: "publish",
    });
    expect((await videoRightOf(t.db, room, coach.id)).video).toBe("none");
    await startSession(t.db, session.id, interviewer.id);
    expect((await videoRightOf(t.db, room, candidate.id)).video).toBe("publish");
    expect((await videoRightOf(t.db, room, coach.id)).video).toBe("subscribe");
    expect((await videoRightOf(t.db, room, stranger.id)).video).toBe("none");
    expect(await videoRightOf(t.db, "room-nobodysRoom1234", interviewer.id)).toEqual({
      sessionId: null,
      video: "none",
    });
    await endSession(t.db, session.id, interviewer.id);
    expect((await videoRightOf(t.db, room, interviewer.id)).video).toBe("none");
    expect(await getVideoRoom(t.db, session.id)).toEqual({
      sessionId: session.id,
      room,
      status: "COMPLETED",
    });
    expect(await getVideoRoom(t.db, "no-such-session1")).toBeNull();
  });
});
