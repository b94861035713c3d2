import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@mockboard/db", "@mockboard/prompt-bank", "@mockboard/protocol"],
  // Native-ish server dependencies stay as Node requires rather than being bundled.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "pino"],
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default config;
