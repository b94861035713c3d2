import { notifyBoardAccessChanged } from "../board-access";
import type { Db } from "../client";
import { loadSessionAccess, requireAllowed } from "./access";
import { notifySessionChanged } from "./feed";
import { lockSession } from "./lock";

/** Scheduled -> live. The phase timer starts with the first phase. */
export async function startSession(db: Db, sessionId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "start-session", {
      role: "Only the interviewer can start the session",
      stage: `The session is ${access.status.toLowerCase()}`,
    });
    const at = new Date();
    await tx.interviewSession.update({ where: { id: sessionId }, data: { status: "LIVE", startedAt: at } });
    await tx.sessionEvent.create({ data: { sessionId, kind: "STARTED", actorId: userId, at } });
    await notifySessionChanged(tx, { sessionId, kind: "status" });
  });
}

/** Live -> completed: the timer stops, the board turns read-only for everyone. */
export async function endSession(db: Db, sessionId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "end-session", {
      role: "Only the interviewer can end the session",
      stage: "Only a live session can be ended",
    });
    const at = new Date();
    const { boardDocId } = await tx.interviewSession.update({
      where: { id: sessionId },
      data: { status: "COMPLETED", endedAt: at },
      select: { boardDocId: true },
    });
    await tx.sessionEvent.create({ data: { sessionId, kind: "ENDED", actorId: userId, at } });
    await notifySessionChanged(tx, { sessionId, kind: "status" });
    // Open editor connections become read-only within seconds, not at token expiry.
    await notifyBoardAccessChanged(tx, { docId: boardDocId, access: "viewer" });
  });
}

/** A scheduled session that will not happen. */
export async function cancelSession(db: Db, sessionId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "cancel-session", {
      role: "Only the interviewer can cancel the session",
      stage: "Only a scheduled session can be cancelled",
    });
    const { boardDocId } = await tx.interviewSession.update({
      where: { id: sessionId },
      data: { status: "CANCELLED" },
      select: { boardDocId: true },
    });
    await tx.sessionEvent.create({ data: { sessionId, kind: "CANCELLED", actorId: userId } });
    await notifySessionChanged(tx, { sessionId, kind: "status" });
    // Nobody draws on a cancelled session's board any more (capabilitiesFor: view at most).
    await notifyBoardAccessChanged(tx, { docId: boardDocId, access: "viewer" });
  });
}
