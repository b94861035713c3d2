// Public surface of the replay feature: the replay page of a finished session and its
// routes (the history manifest, chunks and keyframes).
export { ReplayPage } from "./ReplayPage";
export { ReportPage } from "./ReportPage";
export { replayChunkGET, replayKeyframeGET, replayManifestGET } from "./server/history-routes";
export { replayReportGET } from "./server/report-route";
export { replayShareDELETE, replaySharesGET, replaySharesPOST } from "./server/share-routes";
