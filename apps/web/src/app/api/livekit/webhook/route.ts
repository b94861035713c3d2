export { livekitWebhookPOST as POST } from "@/features/video";
