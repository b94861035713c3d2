export { feedbackGET as GET } from "@/features/scorecard";
