import { join } from "node:path";
import { type Service, startService } from "./processes";

/**
 * How production runs the built web app: apps/web's own server (Next's handler behind
 * precompressed static assets). Run it with NODE_ENV=production. `demo`: the dev stack's
 * demo (with MOCKBOARD_DEMO=1); a server started without it refuses demo mode.
 */
export function webServerCommand(
  root: string,
  port: number,
  options: { demo?: boolean } = {},
): { command: string; args: string[]; cwd: string } {
  return {
    command: process.execPath,
    args: [
      "--import",
      "tsx",
      "src/node-server/main.ts",
      "--port",
      String(port),
      ...(options.demo ? ["--demo"] : []),
    ],
    cwd: join(root, "apps/web"),
  };
}

/** Starts the built web app in production mode; `npm run build -w @mockboard/web` must have run in `root`. */
export function startWebServer(
  root: string,
  port: number,
  options: { env?: NodeJS.ProcessEnv; quiet?: boolean; demo?: boolean } = {},
): Service {
  const { command, args, cwd } = webServerCommand(root, port, { demo: options.demo });
  return startService("web", command, args, {
    cwd,
    env: { ...options.env, NODE_ENV: "production" },
    quiet: options.quiet,
  });
}
