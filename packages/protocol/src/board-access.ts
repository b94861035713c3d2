import * as z from "zod/mini";
import { DocId } from "./ids";

/**
 * The Postgres NOTIFY channel on which the web app tells the collab server that someone
 * lost access to a board (a session ended, a participant was removed). The collab server
 * closes or downgrades their open connections within seconds instead of at token expiry.
 */
export const BOARD_ACCESS_CHANNEL = "mockboard_board_access";

/**
 * One access change. `userId` absent means everyone on the document. `access` is what is
 * left: "viewer" (editors must reconnect read-only) or "none". `at` (epoch ms, the web
 * app's clock, like a token's issue time) is when it changed: tokens issued before it no
 * longer grant what they say.
 */
export const BoardAccessChange = z.strictObject({
  docId: DocId,
  userId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  access: z.enum(["viewer", "none"]),
  at: z.int().check(z.nonnegative()),
});
export type BoardAccessChange = z.infer<typeof BoardAccessChange>;

/** Postgres refuses NOTIFY payloads of 8000 bytes or more; ours are far below. */
export const MAX_BOARD_ACCESS_PAYLOAD_BYTES = 1024;

/** Parses a NOTIFY payload; null when it is not JSON or not a valid change. */
export function parseBoardAccessChange(payload: string | undefined): BoardAccessChange | null {
  if (!payload || payload.length > MAX_BOARD_ACCESS_PAYLOAD_BYTES) return null;
  try {
    const parsed = BoardAccessChange.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
