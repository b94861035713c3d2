import type { NextConfig } from "next";
import { SANDBOX_SECURITY_HEADERS, STATIC_SECURITY_HEADERS } from "./src/server/security-headers";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@mockboard/db", "@mockboard/prompt-bank", "@mockboard/protocol"],
  // Native-ish server dependencies stay as Node requires rather than being bundled.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "pino", "rate-limiter-flexible"],
  typescript: { tsconfigPath: "tsconfig.json" },
  // One copy of lodash's deep equality in the browser, not two (src/bundle/lodash-isequal.ts).
  turbopack: { resolveAlias: { "lodash.isequal": "./src/bundle/lodash-isequal.ts" } },
  // forbidden() and forbidden.tsx: a 403 page in the app's layout for a page the viewer's role excludes.
  experimental: { authInterrupts: true },
  // nosniff, referrer policy, no framing, permissions: on every response. The
  // Content-Security-Policy needs a nonce per page and the collab and LiveKit origins of
  // this deployment, so src/proxy.ts sets it at request time.
  // The code pad's sandbox workers carry their own policy, which refuses every request and
  // eval (a worker's policy comes with its script, not from the page that starts it).
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/codepad-runtime/:path*", headers: [...SANDBOX_SECURITY_HEADERS] },
    ];
  },
};

export default config;
