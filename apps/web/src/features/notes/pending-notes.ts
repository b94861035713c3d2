import type { LocalNote } from "./note-types";

/**
 * Notes typed but not yet acknowledged live in localStorage, so a reload, a crash of the
 * tab or of the server loses nothing: they are sent again when the room opens.
 */
function key(sessionId: string, userId: string) {
  return `mockboard:pending-notes:${sessionId}:${userId}`;
}

export function readPendingNotes(sessionId: string, userId: string): LocalNote[] {
  try {
    const raw = localStorage.getItem(key(sessionId, userId));
    return raw ? (JSON.parse(raw) as LocalNote[]) : [];
  } catch {
    return [];
  }
}

export function writePendingNotes(sessionId: string, userId: string, notes: LocalNote[]) {
  try {
    const pending = notes.filter((note) => note.pending);
    if (pending.length) localStorage.setItem(key(sessionId, userId), JSON.stringify(pending));
    else localStorage.removeItem(key(sessionId, userId));
  } catch {
    // Storage full or disabled: the server copy is all we have.
  }
}

/** A URL-safe random id; the note keeps it from the first keystroke, so retries never duplicate. */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}
