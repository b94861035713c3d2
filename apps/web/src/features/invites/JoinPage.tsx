import "server-only";
import { ConflictError, ForbiddenError, InviteCode, joinSessionByInvite, NotFoundError } from "@mockboard/db";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";

const JoinParams = z.object({ code: z.string().max(200) });

function Refusal({ message }: { message: string }) {
  return (
    <div className="card empty">
      <strong>{message}</strong>
      Ask your interviewer for a fresh link, or <Link href="/dashboard">go to your dashboard</Link>.
    </div>
  );
}

/** Following an invite link: join as the candidate and enter the room, or say why not. */
export async function JoinPage({ params }: { params: unknown }) {
  const { code } = JoinParams.parse(params);
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const invite = InviteCode.safeParse(code);
  if (!invite.success) return <Refusal message="This invite link is not valid" />;
  let sessionId: string;
  try {
    ({ sessionId } = await joinSessionByInvite(db(), invite.data, user.id));
  } catch (error) {
    // Each refusal's message is written for the person who followed the link.
    if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError) {
      return <Refusal message={error.message} />;
    }
    throw error;
  }
  redirect(`/sessions/${sessionId}`);
}
