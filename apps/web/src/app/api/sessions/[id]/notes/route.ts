export { notesGET as GET } from "@/features/notes";
