export { timerPOST as POST } from "@/features/room";
