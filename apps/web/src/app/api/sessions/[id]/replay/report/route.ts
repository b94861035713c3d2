export { replayReportGET as GET } from "@/features/replay";
