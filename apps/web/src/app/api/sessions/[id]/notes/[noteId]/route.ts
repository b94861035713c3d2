export { noteDELETE as DELETE, notePUT as PUT } from "@/features/notes";
