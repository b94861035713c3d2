// Public surface of the video feature: the room's video dock (LiveKit), the route that
// mints video tokens, LiveKit's webhook, and the guard that closes calls as sessions end.

export { guardVideoRooms } from "./server/room-guard";
export { videoTokenPOST } from "./server/video-token-route";
export { livekitWebhookPOST } from "./server/webhook-route";
export { VideoArea } from "./VideoArea";
