// Public surface of the notes feature: the interviewer's private notes panel and its routes.
export { NotesPanel } from "./components/lazy-notes-panel";
export { noteDELETE, notePUT, notesGET } from "./server/notes-routes";
