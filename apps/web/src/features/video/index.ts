// Public surface of the video feature: the room's video dock (LiveKit), the route that
// mints video tokens, LiveKit's webhook, the guard that closes calls as sessions end, and
// closing a session's call at once when someone is removed or the session ends.

export { guardVideoRooms, syncVideoRoom } from "./server/room-guard";
export { videoTokenPOST } from "./server/video-token-route";
export { livekitWebhookPOST } from "./server/webhook-route";
export { VideoArea } from "./VideoArea";
