export { signOutEverywherePOST as POST } from "@/features/auth";
