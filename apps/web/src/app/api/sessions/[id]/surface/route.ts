export { surfacePOST as POST } from "@/features/codepad";
