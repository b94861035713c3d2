export { scorecardSubmitPOST as POST } from "@/features/scorecard";
