import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

const base = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/mockboard",
  BOARD_TOKEN_SECRET: "s".repeat(32),
};

describe("environment", () => {
  it("fills in the defaults for everything but the database and the token secret", () => {
    expect(readEnv(base)).toEqual({
      ...base,
      COLLAB_PORT: 1234,
      COLLAB_HOST: "127.0.0.1",
      COLLAB_METRICS_PORT: 1235,
      COLLAB_METRICS_HOST: "127.0.0.1",
      SNAPSHOT_EVERY: 200,
      COLLAB_WRITER_LANES: 1,
      BOARD_LOG_QUOTA_BYTES: 64 * 1024 * 1024,
      BOARD_USER_QUOTA_BYTES: 256 * 1024 * 1024,
      MAX_CONNECTIONS_PER_USER: 8,
      COLLAB_LEASE_TTL_MS: 10_000,
      COLLAB_HEARTBEAT_MS: 2500,
      LOG_LEVEL: "info",
    });
  });

  it("takes a router URL for a node behind a load balancer, and refuses one that is not http or ws", () => {
    expect(readEnv({ ...base, COLLAB_ROUTER_URL: "http://127.0.0.1:1234" }).COLLAB_ROUTER_URL).toBe(
      "http://127.0.0.1:1234",
    );
    expect(() => readEnv({ ...base, COLLAB_ROUTER_URL: "127.0.0.1:1234" })).toThrow(/COLLAB_ROUTER_URL/);
  });

  it("refuses a short token secret, a non-postgres URL and bad ports, naming each", () => {
    const attempt = () =>
      readEnv({
        DATABASE_URL: "mysql://x",
        BOARD_TOKEN_SECRET: "short",
        COLLAB_PORT: "99999",
        COLLAB_METRICS_PORT: "-1",
      });
    expect(attempt).toThrow(/DATABASE_URL/);
    expect(attempt).toThrow(/COLLAB_METRICS_PORT/);
    expect(attempt).toThrow(/BOARD_TOKEN_SECRET/);
    expect(attempt).toThrow(/COLLAB_PORT/);
  });
});
