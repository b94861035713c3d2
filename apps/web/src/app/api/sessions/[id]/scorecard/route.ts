export { scorecardGET as GET, scorecardPUT as PUT } from "@/features/scorecard";
