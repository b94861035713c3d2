import { defineConfig } from "vitest/config";

// These tests start real servers (Postgres, LiveKit): seconds each on a busy two-core machine.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
