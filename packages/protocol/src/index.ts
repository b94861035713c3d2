export { AwarenessState, colorForUser, PRESENCE_COLORS, PresenceUser } from "./awareness";
export {
  BOARD_ACCESS_CHANNEL,
  BoardAccessChange,
  MAX_BOARD_ACCESS_PAYLOAD_BYTES,
  parseBoardAccessChange,
} from "./board-access";
export {
  BoardRole,
  BoardTokenClaims,
  type BoardTokenResult,
  peekBoardToken,
  signBoardToken,
  verifyBoardToken,
} from "./board-token";
export {
  type AfterClose,
  afterClose,
  CLOSE_CODE_METRICS,
  CloseCode,
  type CloseCodeMetric,
  closeCodeMetric,
  finalCloseMessage,
  needsNewToken,
} from "./close-codes";
export { boardDocIdForSession, DocId } from "./ids";
export { LIMITS, PROTOCOL_VERSION } from "./limits";
export {
  LivekitRoomName,
  livekitRoomForSession,
  nextLivekitRoom,
  parseVideoParticipantMetadata,
  previousLivekitRoom,
  sessionIdForLivekitRoom,
  VideoParticipantMetadata,
} from "./livekit-room";
export {
  BOARD_SUBPROTOCOL,
  boardSubprotocols,
  parseSubprotocolHeader,
  selectBoardSubprotocol,
  tokenFromSubprotocols,
} from "./subprotocol";
