import "server-only";
import { ConflictError, ForbiddenError, InviteCode, NotFoundError, previewInvite } from "@mockboard/db";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";

const JoinParams = z.object({ code: z.string() });

function Refusal({ message }: { message: string }) {
  return (
    <div className="card empty">
      <strong>{message}</strong>
      Ask your interviewer for a fresh link, or <Link href="/dashboard">go to your dashboard</Link>.
    </div>
  );
}

/**
 * Following an invite link shows who invited you to what; only the Join button (a POST)
 * makes you the candidate, so a link embedded on another site cannot sign you up.
 */
export async function JoinPage({ params }: { params: unknown }) {
  const { code } = JoinParams.parse(params);
  const invite = InviteCode.safeParse(code);
  // Back here after signing in; a code that is no invite is not worth a long address.
  const user = await requireUser(invite.success ? `/join/${encodeURIComponent(invite.data)}` : "/dashboard");
  if (!invite.success) return <Refusal message="This invite link is not valid" />;
  let preview: Awaited<ReturnType<typeof previewInvite>>;
  try {
    preview = await previewInvite(db(), invite.data, user.id);
  } catch (error) {
    // Each refusal's message is written for the person who followed the link.
    if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError) {
      return <Refusal message={error.message} />;
    }
    throw error;
  }
  if (preview.alreadyIn) redirect(`/sessions/${preview.sessionId}`);
  return (
    <div className="card join">
      <h1>Join “{preview.title}”</h1>
      <p>
        {preview.interviewerName ?? "Your interviewer"} invited you to a mock interview as the candidate. You
        will share a whiteboard, see the brief and a phase timer; their notes and scores stay private until
        they release feedback.
      </p>
      <form method="post" action={`/api/invites/${invite.data}/accept`}>
        <button type="submit" className="btn btn-primary">
          Join as the candidate
        </button>{" "}
        <Link href="/dashboard" className="btn">
          Not now
        </Link>
      </form>
    </div>
  );
}
