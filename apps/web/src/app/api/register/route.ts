export { registerPOST as POST } from "@/features/auth";
