export { createCohortPromptPOST as POST } from "@/features/prompts";
