import "server-only";
import { z } from "zod";

// The one place apps/web reads process.env (Biome's noProcessEnv enforces it). Defaults
// are the embedded local setup that `npm start` brings up; production sets every value.
// README's environment table lists each variable.

/** An optional variable set to an empty string (`LIVEKIT_URL=`) counts as unset. */
const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

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
  /** Where browsers reach LiveKit (video and audio); the server calls it too. With the next two, or none. */
  LIVEKIT_URL: blankAsUnset(
    z.string().regex(/^(wss?|https?):\/\//, "LIVEKIT_URL must start with ws://, wss://, http:// or https://"),
  ),
  /** Mints room tokens and checks LiveKit's webhook signatures. */
  LIVEKIT_API_KEY: blankAsUnset(z.string()),
  LIVEKIT_API_SECRET: blankAsUnset(z.string()),
});

export type Env = z.infer<typeof Env>;

const LIVEKIT_VARIABLES = ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"] as const;

/** LiveKit's settings: all three variables, or why video is off (none set, or some missing). */
export type LivekitEnv =
  | { configured: true; url: string; apiKey: string; apiSecret: string }
  | { configured: false; missing: (typeof LIVEKIT_VARIABLES)[number][]; partly: boolean };

/**
 * Video is optional as a group: without LiveKit the room still works and says why video
 * is off, so a missing variable turns video off instead of stopping the app.
 */
export function livekitEnv(): LivekitEnv {
  const values = env();
  const missing = LIVEKIT_VARIABLES.filter((name) => !values[name]);
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = values;
  if (url && apiKey && apiSecret) return { configured: true, url, apiKey, apiSecret };
  return { configured: false, missing, partly: missing.length < LIVEKIT_VARIABLES.length };
}

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
