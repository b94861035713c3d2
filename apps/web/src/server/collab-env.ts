import "server-only";
import { z } from "zod";

const CollabEnv = z.object({
  BOARD_TOKEN_SECRET: z.string().min(32, "BOARD_TOKEN_SECRET must be at least 32 characters"),
  /** Where browsers reach the collab server (ws:// or wss://). */
  COLLAB_PUBLIC_URL: z
    .string()
    .regex(/^wss?:\/\//)
    .default("ws://localhost:1234"),
});

export function collabEnv() {
  return CollabEnv.parse(process.env);
}
