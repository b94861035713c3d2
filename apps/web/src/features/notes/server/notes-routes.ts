import "server-only";
import { deleteNote, listNotes, NoteId, NoteInput, SessionId, saveNote } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { NoteDto } from "../note-types";

const SessionParams = z.object({ id: SessionId });
const NoteParams = z.object({ id: SessionId, noteId: NoteId });

/** The caller's notes (interviewer) or the shared ones (observer); 403 for the candidate. */
export const notesGET = route(
  { authenticate: requireApiUser, params: SessionParams },
  async ({ user, params }) =>
    respond(z.array(NoteDto), await listNotes(db(), params.id, user.id), {
      headers: { "cache-control": "no-store" },
    }),
);

/** Autosave: creates or updates the note with this id (the browser made the id). */
export const notePUT = route(
  { authenticate: requireApiUser, params: NoteParams, body: { schema: NoteInput } },
  async ({ user, params, body }) =>
    respond(NoteDto, await saveNote(db(), params.id, user.id, params.noteId, body)),
);

export const noteDELETE = route(
  { authenticate: requireApiUser, params: NoteParams },
  async ({ user, params }) => {
    await deleteNote(db(), params.id, user.id, params.noteId);
    return new NextResponse(null, { status: 204 });
  },
);
