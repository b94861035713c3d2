// Board access changes over Postgres LISTEN/NOTIFY: the web app publishes, the collab
// server listens. Server-only.
export {
  type BoardAccessChangeInput,
  type BoardAccessListener,
  type BoardAccessListenerOptions,
  type BoardAccessNotifier,
  listenForBoardAccessChanges,
  notifyBoardAccessChanged,
  notifyBoardAccessLost,
} from "./board-access";
