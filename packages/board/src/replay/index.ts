// The replay engine, pure and node-safe: the board at any sequence from keyframes and the
// update log, moments mapped to sequences, and the chunked wire format of the history.
export { chunkFor, chunksBetween, HISTORY_CHUNK_UPDATES, isChunk, type SeqRange } from "./chunks";
export { decodeHistoryChunk, encodeHistoryChunk, HISTORY_FORMAT_VERSION } from "./history-codec";
export { applyUpdates, type HistoryUpdate, type Keyframe, keyframeAtOrBefore, rebuildBoard } from "./rebuild";
export { type HistorySummary, IDLE_GAP_MS, type IndexedUpdate, summarizeHistory } from "./summary";
export { monotonicTimes, seqAtTime, type TimedSeq } from "./time-index";
