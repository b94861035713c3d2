// Public surface of the room feature: the session page (board, brief, phases, guide) and
// the board token route.
export { RoomPage } from "./RoomPage";
export { boardTokenPOST } from "./server/board-token-route";
