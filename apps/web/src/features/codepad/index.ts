// Public surface of the code pad: the room's surfaces (board, code or both), the shared editor
// that loads with the code surface, and the routes for the surface choice and code events.
export { CodePadSurface } from "./components/CodePadSurface";
export { RoomSurfaces } from "./components/RoomSurfaces";
export { codeEventsPOST } from "./server/code-events-route";
export { surfacePOST } from "./server/surface-route";
