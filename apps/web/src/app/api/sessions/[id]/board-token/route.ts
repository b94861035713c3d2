export { boardTokenPOST as POST } from "@/features/room";
