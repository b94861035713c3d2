export {
  type BoardHistory,
  type BoardHistoryUpdate,
  type BoardIndexEntry,
  createBoardHistory,
} from "./board-history";
export { loadReplayAccess, type ReplayAccess } from "./replay-access";
export { loadReplayView, type ReplayView } from "./replay-view";
export { getReplaySharing, type ReplaySharing, revokeReplayShare, shareReplay } from "./shares";
