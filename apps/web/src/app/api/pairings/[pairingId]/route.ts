export { pairingPromptPATCH as PATCH } from "@/features/cohorts";
