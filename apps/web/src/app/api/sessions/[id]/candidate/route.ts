export { candidateDELETE as DELETE } from "@/features/invites";
