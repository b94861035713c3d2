export { replayShareDELETE as DELETE } from "@/features/replay";
