import "server-only";
import {
  ConflictError,
  ForbiddenError,
  InviteCode,
  type InvitePreview,
  NotFoundError,
  previewInvite,
} from "@mockboard/db";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { countOf } from "@/ui/count-of";

const JoinParams = z.object({ code: z.string() });

function Refusal({ message }: { message: string }) {
  return (
    <div className="card empty">
      <strong>{message}</strong>
      Ask whoever sent it for a fresh link, or <Link href="/dashboard">go to your dashboard</Link>.
    </div>
  );
}

/**
 * Following an invite link shows who invited you to what (a session or a cohort); only the
 * Join button (a POST) makes you the candidate or a member, so a link embedded on another
 * site cannot sign you up.
 */
export async function JoinPage({ params }: { params: unknown }) {
  const { code } = JoinParams.parse(params);
  const invite = InviteCode.safeParse(code);
  // Back here after signing in; a code that is no invite is not worth a long address.
  const user = await requireUser(invite.success ? `/join/${encodeURIComponent(invite.data)}` : "/dashboard");
  if (!invite.success) return <Refusal message="This invite link is not valid" />;
  let preview: InvitePreview;
  try {
    preview = await previewInvite(db(), invite.data, user.id);
  } catch (error) {
    // Each refusal's message is written for the person who followed the link.
    if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError) {
      return <Refusal message={error.message} />;
    }
    throw error;
  }
  if (preview.kind === "cohort") {
    if (preview.alreadyIn) redirect(`/cohorts/${preview.cohortId}`);
    return (
      <div className="card join">
        <h1>Join the cohort “{preview.name}”</h1>
        {preview.description ? <p>{preview.description}</p> : null}
        <p>
          {countOf(preview.memberCount, "member")} practise mock interviews together here: a rotation pairs
          you with a peer each round, you interview each other, and you see your progress over time.
        </p>
        <JoinForm code={invite.data} label="Join the cohort" />
      </div>
    );
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
      <JoinForm code={invite.data} label="Join as the candidate" />
    </div>
  );
}

function JoinForm({ code, label }: { code: string; label: string }) {
  return (
    <form method="post" action={`/api/invites/${code}/accept`}>
      <button type="submit" className="btn btn-primary">
        {label}
      </button>{" "}
      <Link href="/dashboard" className="btn">
        Not now
      </Link>
    </form>
  );
}
