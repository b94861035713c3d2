export { feedbackReleasePOST as POST } from "@/features/scorecard";
