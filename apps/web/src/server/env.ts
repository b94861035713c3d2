import "server-only";
import { z } from "zod";
import { unsafeProductionSecrets } from "./secret-checks";

// The one place apps/web reads process.env (Biome's noProcessEnv enforces it). Defaults
// are the embedded local setup that `npm start` brings up; production sets every value.
// README's environment table lists each variable.

/** An optional variable set to an empty string (`LIVEKIT_URL=`) counts as unset. */
const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** A signing secret: missing or short is refused with a message that says how to make one. */
const secret = (name: string) =>
  z
    .string({ error: `${name} is missing: set 32+ random characters (e.g. openssl rand -base64 32)` })
    .min(32, `${name} must be at least 32 characters`);

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url(),
  NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: secret("NEXTAUTH_SECRET"),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal"]).default("info"),
  /** Signs board tokens; the collab server verifies them with the same secret. */
  BOARD_TOKEN_SECRET: secret("BOARD_TOKEN_SECRET"),
  /** Where browsers reach the collab server (ws:// or wss://). */
  COLLAB_PUBLIC_URL: z
    .string()
    .regex(/^wss?:\/\//)
    .default("ws://localhost:1234"),
  /**
   * "1": a demo (the dev stack sets it): the sign-in page lists the demo accounts and a
   * production build accepts placeholder secrets. A production server refuses it unless
   * the dev stack started it (with --demo, see demoLaunch), so a deployment never runs as one.
   */
  MOCKBOARD_DEMO: z.enum(["0", "1"]).default("0"),
  /** An operator's bearer token for /api/health's details; without it the public gets a status only. */
  HEALTH_TOKEN: blankAsUnset(z.string().min(32, "HEALTH_TOKEN must be at least 32 characters")),
  /**
   * Proxies in front of the web app that append to X-Forwarded-For (client-ip.ts). 0, the
   * default: none, per-IP limits count the connection's own address and the header is not
   * trusted at all; a deployment behind nginx or a load balancer sets how many there are.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
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

/**
 * Whether `npm start`'s dev stack started this server: it alone passes --demo to the
 * production server (src/node-server/main.ts). An image's or a host's environment can
 * carry MOCKBOARD_DEMO=1 by mistake; it cannot change the command the server was started with.
 */
const demoLaunch = () => process.argv.slice(2).includes("--demo");

/**
 * The environment from `source`, or an error naming every problem: invalid values, demo
 * mode in a production build the dev stack did not start (`launchedAsDemo`), and in a
 * production build that is not a demo, secrets that are placeholders (docker-compose's old
 * ones, README examples) or not random enough.
 */
export function parseEnv(source: Record<string, string | undefined>, launchedAsDemo = false): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment for apps/web:\n  ${problems.join("\n  ")}`);
  }
  if (parsed.data.NODE_ENV === "production" && parsed.data.MOCKBOARD_DEMO === "1" && !launchedAsDemo) {
    throw new Error(
      "MOCKBOARD_DEMO=1 is refused: demo mode (public demo passwords, placeholder secrets) is only for " +
        "`npm start`, which starts this server with --demo. Unset MOCKBOARD_DEMO on a deployment.",
    );
  }
  const unsafe = unsafeProductionSecrets(parsed.data);
  if (unsafe.length > 0) {
    throw new Error(
      `Refusing to start a production build with unsafe secrets:\n  ${unsafe.join("\n  ")}\n` +
        "Set each to a random value (e.g. openssl rand -base64 32). MOCKBOARD_DEMO=1 allows them for a throwaway demo.",
    );
  }
  return parsed.data;
}

/** Parsed on first use, not at import: `next build` imports routes without a runtime environment. */
export function env(): Env {
  cached ??= parseEnv(
    {
      ...process.env,
      // Named in full so Next inlines a value set at build time (README, "Deploying"),
      // as it did when the board read it in the browser; a value set only at run time is read then.
      NEXT_PUBLIC_TLDRAW_LICENSE_KEY: process.env.NEXT_PUBLIC_TLDRAW_LICENSE_KEY,
    },
    demoLaunch(),
  );
  return cached;
}
