import { ForbiddenError, joinSessionByInvite, NotFoundError } from "@mockboard/db";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db";

export default async function JoinPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  const user = await requireUser(`/join/${code}`);
  let sessionId: string;
  try {
    ({ sessionId } = await joinSessionByInvite(db(), code.slice(0, 64), user.id));
  } catch (error) {
    if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
    return (
      <div className="card empty">
        <strong>{error.message}</strong>
        Ask your interviewer for a fresh link, or <Link href="/dashboard">go to your dashboard</Link>.
      </div>
    );
  }
  redirect(`/sessions/${sessionId}`);
}
