import { sessionTimeAt } from "@mockboard/interview";
import { z } from "zod";
import type { Db } from "../client";
import { ForbiddenError, NotFoundError } from "../errors";
import { allows, loadSessionAccess, requireAllowed } from "../live-session/access";
import { sessionRubric } from "../scorecards/session-rubric";

/** Note ids are made by the browser, so an autosave retried after a crash never duplicates. */
export const NoteId = z.string().regex(/^[A-Za-z0-9_-]{12,40}$/, "note ids are 12-40 URL-safe characters");

export const NoteInput = z.object({
  text: z.string().max(10_000),
  dimensionKey: z.string().max(80).nullable().default(null),
  /** When the note was taken, in ms since the session started (markers dropped offline). */
  atMs: z.number().int().min(0).optional(),
  visibility: z.enum(["PRIVATE", "SHARED"]).default("PRIVATE"),
});
export type NoteInput = z.input<typeof NoteInput>;

export interface NoteView {
  id: string;
  offsetMs: number;
  text: string;
  dimensionKey: string | null;
  visibility: "PRIVATE" | "SHARED";
  updatedAt: string;
}

const select = {
  id: true,
  offsetMs: true,
  text: true,
  dimensionKey: true,
  visibility: true,
  updatedAt: true,
} as const;

function toView(note: {
  id: string;
  offsetMs: number;
  text: string;
  dimensionKey: string | null;
  visibility: "PRIVATE" | "SHARED";
  updatedAt: Date;
}): NoteView {
  return { ...note, updatedAt: note.updatedAt.toISOString() };
}

/**
 * Creates or updates the caller's note (idempotent autosave). The session time is stamped
 * by the server on the session clock (`sessionTimeAt`); a client-given time may only be earlier.
 */
export async function saveNote(db: Db, sessionId: string, userId: string, noteId: string, raw: NoteInput) {
  const input = NoteInput.parse(raw);
  const access = await loadSessionAccess(db, sessionId, userId);
  requireAllowed(access, "write-notes", "Only the interviewer takes notes, during or after the session");
  if (input.dimensionKey !== null) {
    const rubric = await sessionRubric(db, sessionId);
    if (!rubric.dimensions.some((dimension) => dimension.key === input.dimensionKey)) {
      throw new NotFoundError(`The rubric has no dimension "${input.dimensionKey}"`);
    }
  }
  const existing = await db.note.findUnique({
    where: { id: noteId },
    select: { sessionId: true, authorId: true },
  });
  if (existing) {
    if (existing.authorId !== userId || existing.sessionId !== sessionId)
      throw new ForbiddenError("Not your note");
    const note = await db.note.update({
      where: { id: noteId },
      data: { text: input.text, dimensionKey: input.dimensionKey, visibility: input.visibility },
      select,
    });
    return toView(note);
  }
  const span = { startedAt: access.startedAt?.getTime() ?? null, endedAt: access.endedAt?.getTime() ?? null };
  const sinceStart = sessionTimeAt(span, Date.now()) ?? 0;
  const offsetMs = Math.min(input.atMs ?? sinceStart, sinceStart);
  const note = await db.note.create({
    data: {
      id: noteId,
      sessionId,
      authorId: userId,
      offsetMs,
      text: input.text,
      dimensionKey: input.dimensionKey,
      visibility: input.visibility,
    },
    select,
  });
  return toView(note);
}

export async function deleteNote(db: Db, sessionId: string, userId: string, noteId: string): Promise<void> {
  const access = await loadSessionAccess(db, sessionId, userId);
  requireAllowed(access, "write-notes", "Only the interviewer's own notes can be deleted");
  const deleted = await db.note.deleteMany({ where: { id: noteId, sessionId, authorId: userId } });
  if (deleted.count === 0) throw new NotFoundError("No such note");
}

/** The interviewer's own notes, or the notes shared with observers; never the candidate's. */
export async function listNotes(db: Db, sessionId: string, userId: string): Promise<NoteView[]> {
  const access = await loadSessionAccess(db, sessionId, userId);
  const writes = allows(access, "write-notes");
  if (!writes) requireAllowed(access, "read-shared-notes", "Notes are private to the interviewer");
  const where = writes ? { sessionId, authorId: userId } : { sessionId, visibility: "SHARED" as const };
  const notes = await db.note.findMany({ where, orderBy: [{ offsetMs: "asc" }, { id: "asc" }], select });
  return notes.map(toView);
}
