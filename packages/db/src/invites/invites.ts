import { isSessionOpen } from "@mockboard/interview";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { notifySessionChanged } from "../live-session/feed";

/**
 * Redeems an invite link: the invitee becomes the candidate, once. The interviewer (or
 * the candidate) following the link again just enters. Refusals carry a message meant
 * for the person who followed the link.
 */
export async function joinSessionByInvite(
  db: Db,
  inviteCode: string,
  userId: string,
): Promise<{ sessionId: string }> {
  const session = await db.interviewSession.findUnique({
    where: { inviteCode },
    select: { id: true, interviewerId: true, candidateId: true, status: true },
  });
  if (!session) throw new NotFoundError("This invite link is not valid");
  if (session.interviewerId === userId || session.candidateId === userId) return { sessionId: session.id };
  if (!isSessionOpen(session.status)) throw new ForbiddenError("This session has ended");
  // Claimed with a condition, so two people redeeming at once cannot both become the candidate.
  await db.$transaction(async (tx) => {
    const claimed = await tx.interviewSession.updateMany({
      where: { id: session.id, candidateId: null },
      data: { candidateId: userId },
    });
    if (claimed.count === 0) throw new ConflictError("Another candidate already joined this session");
    await tx.sessionEvent.create({
      data: { sessionId: session.id, kind: "JOINED", actorId: userId, data: { role: "candidate" } },
    });
    // The interviewer's room shows the candidate without a reload.
    await notifySessionChanged(tx, { sessionId: session.id, kind: "participants" });
  });
  return { sessionId: session.id };
}
