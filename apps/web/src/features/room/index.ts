// Public surface of the room feature: the session page (board, timer, panels) and its
// routes: board token, live state and its server-sent events, lifecycle, timer and staged parts.
export { RoomPage } from "./RoomPage";
export { boardTokenPOST } from "./server/board-token-route";
export { lifecyclePOST } from "./server/lifecycle-route";
export { liveFeedGET } from "./server/live-feed-route";
export { roomStateGET } from "./server/room-state-route";
export { revealStagePOST } from "./server/stage-route";
export { timerPOST } from "./server/timer-route";
