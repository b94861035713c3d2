export { updatePromptPUT as PUT } from "@/features/prompts";
