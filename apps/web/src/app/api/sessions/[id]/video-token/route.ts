export { videoTokenPOST as POST } from "@/features/video";
