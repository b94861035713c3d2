// Node-safe entry: the sync core, no React.

export { bindStoreToDoc, LOCAL_ORIGIN, type StoreBinding } from "./bind-store";
export { boardRecords, boardSchema, readBoardRecords } from "./board-doc";
export {
  BoardAccessDenied,
  type BoardConnection,
  type BoardConnectionOptions,
  type ConnectionStatus,
  connectBoard,
} from "./connection";
export { type BoardUser, bindPresence, type Peer } from "./presence";
