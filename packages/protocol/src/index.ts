export { AwarenessState, colorForUser, PRESENCE_COLORS, PresenceUser } from "./awareness";
export {
  BoardRole,
  BoardTokenClaims,
  type BoardTokenResult,
  signBoardToken,
  verifyBoardToken,
} from "./board-token";
export { boardDocIdForSession, DocId } from "./ids";
export { CloseCode, LIMITS, needsNewToken, PROTOCOL_VERSION } from "./limits";
