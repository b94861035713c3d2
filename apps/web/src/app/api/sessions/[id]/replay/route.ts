export { replayManifestGET as GET } from "@/features/replay";
