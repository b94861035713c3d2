import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const random = () => randomBytes(32).toString("base64url");
const production = (overrides: Record<string, string | undefined> = {}) => ({
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://mockboard@127.0.0.1:5432/mockboard",
  NEXTAUTH_SECRET: random(),
  BOARD_TOKEN_SECRET: random(),
  ...overrides,
});

describe("the web app's environment", () => {
  it("accepts a production start with random secrets", () => {
    expect(parseEnv(production())).toMatchObject({ NODE_ENV: "production", TRUSTED_PROXY_HOPS: 0 });
  });

  it("refuses a production start with docker-compose's old placeholder secrets, naming each", () => {
    const attempt = () =>
      parseEnv(
        production({
          NEXTAUTH_SECRET: "change-me-local-nextauth-secret-0123456789",
          BOARD_TOKEN_SECRET: "change-me-local-board-token-secret-0123456789",
          LIVEKIT_URL: "ws://localhost:7880",
          LIVEKIT_API_KEY: "devkey",
          LIVEKIT_API_SECRET: "devsecret-local-only-0123456789abcdef",
        }),
      );
    expect(attempt).toThrow(/Refusing to start a production build with unsafe secrets/);
    expect(attempt).toThrow(/NEXTAUTH_SECRET is a placeholder/);
    expect(attempt).toThrow(/BOARD_TOKEN_SECRET is a placeholder/);
    expect(attempt).toThrow(/LIVEKIT_API_SECRET is a placeholder/);
  });

  it("refuses placeholders it has never seen and values that are not random", () => {
    expect(() => parseEnv(production({ NEXTAUTH_SECRET: "please-change-me-before-going-live-ok" }))).toThrow(
      /NEXTAUTH_SECRET looks like a placeholder/,
    );
    expect(() => parseEnv(production({ BOARD_TOKEN_SECRET: "ab".repeat(20) }))).toThrow(
      /BOARD_TOKEN_SECRET has too few distinct characters/,
    );
    const same = random();
    expect(() => parseEnv(production({ NEXTAUTH_SECRET: same, BOARD_TOKEN_SECRET: same }))).toThrow(
      /are the same/,
    );
  });

  it("refuses a missing secret with a message that says how to make one", () => {
    expect(() => parseEnv(production({ NEXTAUTH_SECRET: undefined }))).toThrow(
      /NEXTAUTH_SECRET is missing: set 32\+ random characters/,
    );
    expect(() => parseEnv(production({ BOARD_TOKEN_SECRET: "short" }))).toThrow(/at least 32 characters/);
  });

  it("lets the dev stack's demo (MOCKBOARD_DEMO=1, started with --demo) or a development build run on placeholders", () => {
    const placeholders = {
      NEXTAUTH_SECRET: "change-me-local-nextauth-secret-0123456789",
      BOARD_TOKEN_SECRET: "change-me-local-board-token-secret-0123456789",
    };
    expect(parseEnv(production({ ...placeholders, MOCKBOARD_DEMO: "1" }), true).MOCKBOARD_DEMO).toBe("1");
    expect(parseEnv(production({ ...placeholders, NODE_ENV: "development" })).NODE_ENV).toBe("development");
  });

  it("refuses demo mode in a production build the dev stack did not start, whatever the secrets", () => {
    expect(() => parseEnv(production({ MOCKBOARD_DEMO: "1" }))).toThrow(/MOCKBOARD_DEMO=1 is refused/);
    expect(parseEnv(production({ MOCKBOARD_DEMO: "1", NODE_ENV: "development" })).MOCKBOARD_DEMO).toBe("1");
  });
});
