import { sessionTimeAt } from "@mockboard/interview";
import { z } from "zod";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { allows, loadSessionAccess, requireAllowed, type SessionAccess } from "../live-session/access";
import { sessionRubric } from "../scorecards/session-rubric";
import { STORAGE_LIMITS, type StorageLimits } from "../storage-limits";

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

export const noteSelect = {
  id: true,
  offsetMs: true,
  text: true,
  dimensionKey: true,
  visibility: true,
  updatedAt: true,
} as const;

export function toNoteView(note: {
  id: string;
  offsetMs: number;
  text: string;
  dimensionKey: string | null;
  visibility: "PRIVATE" | "SHARED";
  updatedAt: Date;
}): NoteView {
  return { ...note, updatedAt: note.updatedAt.toISOString() };
}

const MB = 1024 * 1024;

/**
 * Refuses a note that would take the author past what they may keep (STORAGE_LIMITS): notes
 * and bytes in this session, bytes across all sessions. `previousBytes`: the size of the
 * note it replaces (null for a new note); a note that does not grow always passes.
 */
async function checkNoteRoom(
  db: Db,
  note: { sessionId: string; authorId: string; id: string; bytes: number; previousBytes: number | null },
  limits: StorageLimits,
): Promise<void> {
  if (note.previousBytes !== null && note.bytes <= note.previousBytes) return;
  const [kept] = await db.$queryRaw<{ sessionNotes: number; sessionBytes: bigint; personBytes: bigint }[]>`
    select count(*) filter (where "sessionId" = ${note.sessionId})::int as "sessionNotes",
           coalesce(sum(octet_length(text)) filter (where "sessionId" = ${note.sessionId}), 0)::bigint as "sessionBytes",
           coalesce(sum(octet_length(text)), 0)::bigint as "personBytes"
    from "Note" where "authorId" = ${note.authorId} and id <> ${note.id}`;
  const { sessionNotes = 0, sessionBytes = 0n, personBytes = 0n } = kept ?? {};
  if (note.previousBytes === null && sessionNotes >= limits.notesPerSessionPerAuthor)
    throw new ConflictError(
      `You have ${limits.notesPerSessionPerAuthor} notes in this session, the most one person keeps: delete some to add more`,
    );
  if (Number(sessionBytes) + note.bytes > limits.noteBytesPerSessionPerAuthor)
    throw new ConflictError(
      `Your notes in this session would pass ${limits.noteBytesPerSessionPerAuthor / MB} MB, the most one person keeps: shorten or delete some`,
    );
  if (Number(personBytes) + note.bytes > limits.noteBytesPerAuthor)
    throw new ConflictError(
      `Your notes across all sessions would pass ${limits.noteBytesPerAuthor / MB} MB, the most one person keeps: delete some old ones`,
    );
}

/**
 * Creates or updates the caller's note (idempotent autosave). The session time is stamped
 * by the server on the session clock (`sessionTimeAt`); a client-given time may only be earlier.
 * A note that would take the caller past their storage limits is refused (409); concurrent
 * saves are checked one by one, so they may pass a limit by the few that raced.
 */
export async function saveNote(
  db: Db,
  sessionId: string,
  userId: string,
  noteId: string,
  raw: NoteInput,
  limits: StorageLimits = STORAGE_LIMITS,
) {
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
    select: { sessionId: true, authorId: true, text: true },
  });
  if (existing && (existing.authorId !== userId || existing.sessionId !== sessionId))
    throw new ForbiddenError("Not your note");
  const bytes = Buffer.byteLength(input.text, "utf8");
  const previousBytes = existing ? Buffer.byteLength(existing.text, "utf8") : null;
  await checkNoteRoom(db, { sessionId, authorId: userId, id: noteId, bytes, previousBytes }, limits);
  if (existing) {
    const note = await db.note.update({
      where: { id: noteId },
      data: { text: input.text, dimensionKey: input.dimensionKey, visibility: input.visibility },
      select: noteSelect,
    });
    return toNoteView(note);
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
    select: noteSelect,
  });
  return toNoteView(note);
}

export async function deleteNote(db: Db, sessionId: string, userId: string, noteId: string): Promise<void> {
  const access = await loadSessionAccess(db, sessionId, userId);
  requireAllowed(access, "write-notes", "Only the interviewer's own notes can be deleted");
  const deleted = await db.note.deleteMany({ where: { id: noteId, sessionId, authorId: userId } });
  if (deleted.count === 0) throw new NotFoundError("No such note");
}

/** The interviewer's own notes, or the notes shared with observers; never the candidate's. */
/** The notes a caller reads: their own when they take notes, the shared ones when they observe. */
export function notesWhere(access: SessionAccess, userId: string) {
  return allows(access, "write-notes")
    ? { sessionId: access.sessionId, authorId: userId }
    : { sessionId: access.sessionId, visibility: "SHARED" as const };
}

export async function listNotes(db: Db, sessionId: string, userId: string): Promise<NoteView[]> {
  const access = await loadSessionAccess(db, sessionId, userId);
  const writes = allows(access, "write-notes");
  if (!writes) requireAllowed(access, "read-shared-notes", "Notes are private to the interviewer");
  const where = notesWhere(access, userId);
  const notes = await db.note.findMany({
    where,
    orderBy: [{ offsetMs: "asc" }, { id: "asc" }],
    select: noteSelect,
  });
  return notes.map(toNoteView);
}
