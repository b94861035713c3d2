export { lifecyclePOST as POST } from "@/features/room";
