import "server-only";
import type { LivekitEnv } from "@/server/env";
import type { VideoOff } from "../video-contract";

const HOW_TO_ENABLE =
  "Start Mockboard with `npm start`, which runs a local LiveKit server, or set LIVEKIT_URL, " +
  "LIVEKIT_API_KEY and LIVEKIT_API_SECRET for the web app and restart it.";

/** Why video is off on this server and how to turn it on, in words the room shows as they are. */
export function videoOffBecause(livekit: LivekitEnv): VideoOff | null {
  if (livekit.configured) return null;
  if (livekit.partly)
    return {
      reason: `Video is off: ${livekit.missing.join(" and ")} ${livekit.missing.length > 1 ? "are" : "is"} not set, and LiveKit needs all three of its variables.`,
      howToEnable: HOW_TO_ENABLE,
    };
  return {
    reason: "Video is off: this server has no LiveKit server configured.",
    howToEnable: HOW_TO_ENABLE,
  };
}
