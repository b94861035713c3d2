export { revealStagePOST as POST } from "@/features/room";
