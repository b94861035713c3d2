export { replayKeyframeGET as GET } from "@/features/replay";
