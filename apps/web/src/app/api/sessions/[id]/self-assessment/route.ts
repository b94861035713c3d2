export { selfAssessmentGET as GET, selfAssessmentPUT as PUT } from "@/features/scorecard";
