import type { Prisma } from "@prisma/client";

/** Serialises changes to one session (two tabs pressing "pause" at once make one event). */
export async function lockSession(tx: Prisma.TransactionClient, sessionId: string): Promise<void> {
  await tx.$queryRaw`select id from "InterviewSession" where id = ${sessionId} for update`;
}
