import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // The app's "@/..." imports, as in tsconfig.json.
    tsconfigPaths: true,
    alias: {
      // Tests run server modules in plain Node, where "server-only" would throw by design;
      // its React Server build is the empty module Next itself resolves on the server.
      "server-only": join(dirname(require.resolve("server-only")), "empty.js"),
    },
  },
  test: {
    include: ["src/**/*.test.ts"],
    // A real Postgres for the tests that need one (rate limits): each file clones a migrated template.
    globalSetup: ["@mockboard/db/testing/global-setup"],
    hookTimeout: 60_000,
  },
});
