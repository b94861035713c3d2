// Public surface of the code pad: the room's surfaces (board, code or both), the shared editor
// that loads with the code surface, its read-only view in the replay, and the routes for the
// surface choice and code events.
export { CodePadSurface } from "./components/CodePadSurface";
export { ReplayCodeSurface } from "./components/ReplayCodeSurface";
export { RoomSurfaces } from "./components/RoomSurfaces";
export { codeEventsPOST } from "./server/code-events-route";
export { surfacePOST } from "./server/surface-route";
