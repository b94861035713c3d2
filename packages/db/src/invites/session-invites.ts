import { isSessionOpen } from "@mockboard/interview";
import { nextLivekitRoom } from "@mockboard/protocol";
import type { Prisma } from "@prisma/client";
import { notifyBoardAccessChanged } from "../board-access";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { loadSessionAccess, requireAllowed } from "../live-session/access";
import { notifySessionChanged } from "../live-session/feed";
import { lockSession } from "../live-session/lock";
import { INVALID_LINK, inviteExpired, newInvite } from "./invite-code";

type Reader = Db | Prisma.TransactionClient;

export interface SessionInvitePreview {
  kind: "session";
  sessionId: string;
  title: string;
  interviewerName: string | null;
  /** The follower already takes part: the link just opens the room. */
  alreadyIn: boolean;
}

/**
 * What following a session's invite link would do, without doing it (null when the code
 * names no session): the confirmation page shows this, and only a POST changes anything.
 * Refusals carry a message meant for the person who followed the link.
 */
export async function previewSessionInvite(
  db: Reader,
  inviteCode: string,
  userId: string,
): Promise<SessionInvitePreview | null> {
  const session = await db.interviewSession.findUnique({
    where: { inviteCode },
    select: {
      id: true,
      title: true,
      status: true,
      inviteExpiresAt: true,
      interviewerId: true,
      candidateId: true,
      interviewer: { select: { name: true } },
      cohort: { select: { name: true, members: { where: { userId }, select: { role: true } } } },
    },
  });
  if (!session) return null;
  const base = {
    kind: "session" as const,
    sessionId: session.id,
    title: session.title,
    interviewerName: session.interviewer.name,
  };
  if (session.interviewerId === userId || session.candidateId === userId) return { ...base, alreadyIn: true };
  if (!isSessionOpen(session.status)) throw new ForbiddenError("This session has ended");
  if (inviteExpired(session.inviteExpiresAt)) throw new ForbiddenError("This invite link has expired");
  if (session.candidateId) throw new ConflictError("Another candidate already joined this session");
  // A cohort's sessions are for its members (cohortSessionSeat): join the cohort first.
  if (session.cohort && session.cohort.members.length === 0) {
    throw new ForbiddenError(`This session is for members of the cohort “${session.cohort.name}”`);
  }
  return { ...base, alreadyIn: false };
}

/**
 * Accepts an invite: the follower becomes the candidate, bound to this account. The
 * interviewer (or the candidate) following the link again just enters.
 */
export async function acceptSessionInvite(
  db: Db,
  inviteCode: string,
  userId: string,
): Promise<{ sessionId: string }> {
  return db.$transaction(async (tx) => {
    const found = await tx.interviewSession.findUnique({ where: { inviteCode }, select: { id: true } });
    if (!found) throw new NotFoundError(INVALID_LINK);
    await lockSession(tx, found.id);
    const preview = await previewSessionInvite(tx, inviteCode, userId);
    if (!preview) throw new NotFoundError(INVALID_LINK);
    if (preview.alreadyIn) return { sessionId: preview.sessionId };
    await tx.interviewSession.update({ where: { id: preview.sessionId }, data: { candidateId: userId } });
    await tx.sessionEvent.create({
      data: { sessionId: preview.sessionId, kind: "JOINED", actorId: userId, data: { role: "candidate" } },
    });
    // The interviewer's room shows the candidate without a reload.
    await notifySessionChanged(tx, { sessionId: preview.sessionId, kind: "participants" });
    return { sessionId: preview.sessionId };
  });
}

async function manage(
  db: Db,
  sessionId: string,
  userId: string,
  action: "manage-invite" | "remove-candidate",
  work: (tx: Prisma.TransactionClient) => Promise<void>,
) {
  await db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(
      access,
      action,
      action === "manage-invite"
        ? "Only the interviewer manages the invite, while the session is open"
        : "Only the interviewer removes the candidate, while the session is open",
    );
    await work(tx);
  });
}

/** A new link that works for another week; the old one stops working at once. */
export async function rotateInvite(db: Db, sessionId: string, userId: string): Promise<void> {
  await manage(db, sessionId, userId, "manage-invite", async (tx) => {
    await tx.interviewSession.update({ where: { id: sessionId }, data: newInvite() });
    await tx.sessionEvent.create({ data: { sessionId, kind: "INVITE_ROTATED", actorId: userId } });
    await notifySessionChanged(tx, { sessionId, kind: "participants" });
  });
}

/** Turns the link off; the interviewer can make a new one later. */
export async function revokeInvite(db: Db, sessionId: string, userId: string): Promise<void> {
  await manage(db, sessionId, userId, "manage-invite", async (tx) => {
    await tx.interviewSession.update({
      where: { id: sessionId },
      data: { inviteCode: null, inviteExpiresAt: null },
    });
    await tx.sessionEvent.create({ data: { sessionId, kind: "INVITE_REVOKED", actorId: userId } });
    await notifySessionChanged(tx, { sessionId, kind: "participants" });
  });
}

/**
 * Removes the candidate: their board connections close within seconds, the link they used
 * stops working (a fresh one replaces it), the call moves to the session's next LiveKit room
 * (tokens for the old one, which the web app then closes, open nothing), and the seat is
 * free for someone else.
 */
export async function removeCandidate(db: Db, sessionId: string, userId: string): Promise<void> {
  await manage(db, sessionId, userId, "remove-candidate", async (tx) => {
    const session = await tx.interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { candidateId: true, boardDocId: true, livekitRoom: true },
    });
    if (!session.candidateId) throw new ConflictError("No candidate has joined this session");
    await tx.interviewSession.update({
      where: { id: sessionId },
      data: { candidateId: null, livekitRoom: nextLivekitRoom(session.livekitRoom), ...newInvite() },
    });
    await tx.sessionEvent.create({
      data: {
        sessionId,
        kind: "CANDIDATE_REMOVED",
        actorId: userId,
        data: { candidateId: session.candidateId },
      },
    });
    await notifySessionChanged(tx, { sessionId, kind: "participants" });
    await notifyBoardAccessChanged(tx, {
      docId: session.boardDocId,
      userId: session.candidateId,
      access: "none",
    });
  });
}
