export { replayChunkGET as GET } from "@/features/replay";
