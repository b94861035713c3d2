export { replaySharesGET as GET, replaySharesPOST as POST } from "@/features/replay";
