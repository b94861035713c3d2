export { nextAuthGET as GET, nextAuthPOST as POST } from "@/features/auth";
