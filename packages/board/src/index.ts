// Node-safe entry: the sync core, no React.
export { boardRecords, boardSchema, readBoardRecords } from "./board-doc";
export { bindStoreToDoc, LOCAL_ORIGIN, type StoreBinding } from "./bind-store";
export { type BoardConnectionOptions, type ConnectionStatus, connectBoard } from "./connection";
export { type BoardUser, bindPresence, type Peer } from "./presence";
