export { deleteNote, listNotes, NoteId, NoteInput, type NoteView, saveNote } from "./notes";
