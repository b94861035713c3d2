export { codeEventsPOST as POST } from "@/features/codepad";
