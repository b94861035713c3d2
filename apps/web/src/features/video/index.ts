// Public surface of the video feature: the room's video dock (LiveKit), the route that
// mints video tokens, and LiveKit's webhook.

export { videoTokenPOST } from "./server/video-token-route";
export { livekitWebhookPOST } from "./server/webhook-route";
export { VideoArea } from "./VideoArea";
