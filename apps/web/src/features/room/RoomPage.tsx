import "server-only";
import { getSessionForParticipant, SessionId } from "@mockboard/db";
import { colorForUser } from "@mockboard/protocol";
import Link from "next/link";
import { z } from "zod";
import { displayName, requireUser } from "@/features/auth";
import { InviteLink } from "@/features/invites";
import { InterviewerGuideView, PhasePlan, PromptBriefView } from "@/features/prompts";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";
import { BoardRoom } from "./components/BoardRoom";
import { boardRoleFor } from "./server/board-access";

const RoomParams = z.object({ id: SessionId });

const ROLE_LABEL = { interviewer: "Interviewer", candidate: "Candidate", observer: "Observer" } as const;

/** The session room: the shared board beside the brief, the phases and (for whoever may read it) the guide. */
export async function RoomPage({ params }: { params: unknown }) {
  const { id } = paramsOrNotFound(RoomParams, params);
  const user = await requireUser(`/sessions/${id}`);
  const { role, can, session } = await orNotFound(getSessionForParticipant(db(), id, user.id));
  const boardRole = boardRoleFor(can);

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
        {boardRole ? (
          <BoardRoom
            sessionId={session.id}
            docId={session.boardDocId}
            collabUrl={env().COLLAB_PUBLIC_URL}
            licenseKey={env().NEXT_PUBLIC_TLDRAW_LICENSE_KEY}
            me={{ id: user.id, name: displayName(user), color: colorForUser(user.id), role: boardRole }}
          />
        ) : (
          <div className="card empty">This session was cancelled; its board is closed.</div>
        )}
        <aside className="room-side">
          <section className="card">
            <h2>{session.prompt.title}</h2>
            <PromptBriefView brief={session.prompt.brief} />
          </section>
          <section className="card">
            <h2>Phases</h2>
            <PhasePlan phases={session.phasePlan} />
          </section>
          {session.prompt.guide ? (
            <section className="card guide" aria-label="Interviewer guide">
              <InterviewerGuideView guide={session.prompt.guide} />
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
