import "server-only";
import type { SessionStatus } from "@mockboard/db/types";
import { livekitEnv } from "@/server/env";
import { VideoDock } from "./components/VideoDock";
import { videoOffBecause } from "./server/video-availability";
import "./video-dock.css";

/**
 * The room's video slot. The room page passes the interview rules' current video right
 * (it re-renders when the session's status changes); whether this server has LiveKit at
 * all is decided here, so the dock can say why video is off and how to turn it on.
 */
export function VideoArea(props: {
  sessionId: string;
  access: "publish" | "subscribe" | "none";
  status: SessionStatus;
}) {
  return <VideoDock {...props} off={videoOffBecause(livekitEnv())} />;
}
