import { getSessionForParticipant, NotFoundError } from "@mockboard/db";
import { CandidateBrief, InterviewerGuide, Phase } from "@mockboard/prompt-bank";
import { colorForUser } from "@mockboard/protocol";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BoardRoom } from "@/components/board/BoardRoom";
import { InterviewerGuideView } from "@/components/InterviewerGuideView";
import { InviteLink } from "@/components/InviteLink";
import { PhasePlan } from "@/components/PhasePlan";
import { PromptBriefView } from "@/components/PromptBriefView";
import { requireUser } from "@/server/auth/session";
import { collabEnv } from "@/server/collab-env";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Session" };

const ROLE_LABEL = { interviewer: "Interviewer", candidate: "Candidate", observer: "Observer" } as const;

export default async function SessionPage({ params }: PageProps<"/sessions/[id]">) {
  const { id } = await params;
  const user = await requireUser(`/sessions/${id}`);
  let loaded: Awaited<ReturnType<typeof getSessionForParticipant>>;
  try {
    loaded = await getSessionForParticipant(db(), id.slice(0, 64), user.id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { role, session } = loaded;
  const open = session.status === "SCHEDULED" || session.status === "LIVE";
  const boardRole = role !== "observer" && open ? "editor" : "viewer";
  const guide =
    "guide" in session.prompt && session.prompt.guide ? InterviewerGuide.parse(session.prompt.guide) : null;

  return (
    <div className="room">
      <header className="room-head">
        <div>
          <nav className="small" aria-label="Breadcrumb">
            <Link href="/sessions">Sessions</Link> / {session.title}
          </nav>
          <h1>{session.title}</h1>
          <span className="small muted">
            You are the <strong>{ROLE_LABEL[role].toLowerCase()}</strong> · {session.interviewer.name}{" "}
            interviews {session.candidate?.name ?? "(candidate not joined yet)"}
          </span>
        </div>
        {session.inviteCode && !session.candidate ? (
          <InviteLink path={`/join/${session.inviteCode}`} />
        ) : null}
      </header>
      <div className="room-body">
        <BoardRoom
          sessionId={session.id}
          docId={session.boardDocId}
          collabUrl={collabEnv().COLLAB_PUBLIC_URL}
          me={{
            id: user.id,
            name: user.name ?? user.email ?? "Guest",
            color: colorForUser(user.id),
            role: boardRole,
          }}
        />
        <aside className="room-side">
          <section className="card">
            <h2>{session.prompt.title}</h2>
            <PromptBriefView brief={CandidateBrief.parse(session.prompt.brief)} />
          </section>
          <section className="card">
            <h2>Phases</h2>
            <PhasePlan phases={z.array(Phase).parse(session.phasePlan)} />
          </section>
          {guide ? (
            <section className="card guide" aria-label="Interviewer guide">
              <InterviewerGuideView guide={guide} />
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
