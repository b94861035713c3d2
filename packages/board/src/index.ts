// Node-safe entry: the sync core, no React.

export { type BindOptions, bindStoreToDoc, LOCAL_ORIGIN, type StoreBinding } from "./bind-store";
export { boardRecords, boardSchema, readBoardRecords, readStoredRecords } from "./board-doc";
export {
  BoardAccessDenied,
  type BoardConnection,
  type BoardConnectionOptions,
  type ConnectionStatus,
  connectBoard,
} from "./connection";
export { type BoardUser, bindPresence, type Peer } from "./presence";
