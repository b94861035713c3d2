import * as z from "zod/mini";

/**
 * What POST /api/sessions/:id/video-token answers: the route builds it, the browser parses it
 * (zod/mini, as everything a browser parses, keeps zod's full build out of the room).
 */
export const VideoTokenResponse = z.object({
  token: z.string(),
  /** Where the browser connects: LIVEKIT_URL. */
  url: z.string(),
  room: z.string(),
  identity: z.string(),
  role: z.enum(["interviewer", "candidate", "observer"]),
  canPublish: z.boolean(),
  /** Epoch milliseconds on the server's clock. */
  expiresAt: z.number(),
  /** Seconds the token lives from now: the browser fetches a new one before then, whatever its clock says. */
  expiresIn: z.number(),
});
export type VideoTokenResponse = z.infer<typeof VideoTokenResponse>;

/** Why video is off on this server and how to turn it on, as the dock shows it. */
export interface VideoOff {
  reason: string;
  howToEnable: string;
}
