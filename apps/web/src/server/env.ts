import "server-only";
import { z } from "zod";

// The one place apps/web reads process.env (Biome's noProcessEnv enforces it). Defaults
// are the embedded local setup that `npm start` brings up; production sets every value.
// README's environment table lists each variable.
const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url(),
  NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal"]).default("info"),
  /** Signs board tokens; the collab server verifies them with the same secret. */
  BOARD_TOKEN_SECRET: z.string().min(32, "BOARD_TOKEN_SECRET must be at least 32 characters"),
  /** Where browsers reach the collab server (ws:// or wss://). */
  COLLAB_PUBLIC_URL: z
    .string()
    .regex(/^wss?:\/\//)
    .default("ws://localhost:1234"),
  /** "1" shows the demo accounts on the sign-in page of a production build (the dev stack sets it). */
  MOCKBOARD_DEMO: z.enum(["0", "1"]).default("0"),
  NEXT_PUBLIC_TLDRAW_LICENSE_KEY: z.string().optional(),
});

export type Env = z.infer<typeof Env>;

let cached: Env | undefined;

/** Parsed on first use, not at import: `next build` imports routes without a runtime environment. */
export function env(): Env {
  if (!cached) {
    const parsed = Env.safeParse({
      ...process.env,
      // Named in full so Next inlines a value set at build time (README, "Deploying"),
      // as it did when the board read it in the browser; a value set only at run time is read then.
      NEXT_PUBLIC_TLDRAW_LICENSE_KEY: process.env.NEXT_PUBLIC_TLDRAW_LICENSE_KEY,
    });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment for apps/web:\n  ${problems.join("\n  ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
