export { createSessionPOST as POST } from "@/features/sessions";
