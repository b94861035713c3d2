// The production web server: Next's request handler behind a static-asset server that sends
// the build's precompressed copies. Started as `node --import tsx src/node-server/main.ts
// --port 3000` with NODE_ENV=production (the caller sets it, as for `next start`); `npm
// start`'s dev stack adds --demo, the only way a production server accepts MOCKBOARD_DEMO=1
// (src/server/env.ts reads the flag).
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import pino from "pino";
import { z } from "zod";
import { doorCheck } from "../server/door-check";
import { createStaticAssetHandler } from "./static-assets";

const argsSchema = z.object({
  port: z.coerce.number().int().min(1).max(65_535),
  hostname: z.string().min(1).optional(),
  demo: z.boolean(),
});

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3000" },
    hostname: { type: "string" },
    demo: { type: "boolean", default: false },
  },
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(`web: bad arguments: ${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const { port, hostname } = parsed.data;
const log = pino({ name: "web", base: { service: "web" }, timestamp: pino.stdTimeFunctions.isoTime });

const appDir = fileURLToPath(new URL("../..", import.meta.url));
const app = next({ dev: false, dir: appDir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const staticAssets = createStaticAssetHandler(`${appDir}/.next/static`);

const server = createServer((req, res) => {
  // This server is the last hop: the connection's address goes on the right of
  // X-Forwarded-For, where per-IP limits start counting (src/server/client-ip.ts), so a
  // header the client wrote itself only ever sits to the left of it.
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  const forwardedFor = forwarded ? `${forwarded}, ${peer}` : peer;
  req.headers["x-forwarded-for"] = forwardedFor;
  // The app's own refusals that need no more than the headers (a flood of sign-ins from one address).
  const refused = doorCheck()?.({
    method: req.method ?? "GET",
    path: (req.url ?? "/").split("?")[0] ?? "/",
    forwardedFor,
  });
  if (refused) {
    res.writeHead(refused.status, refused.headers).end(refused.body);
    req.resume();
    return;
  }
  staticAssets(req, res, () => {
    void handle(req, res);
  });
});

function stop(signal: NodeJS.Signals) {
  log.info({ signal }, "stopping");
  server.close();
  // Live-room event streams never end on their own; end them so the port frees at once.
  server.closeAllConnections();
  void app.close().finally(() => process.exit(0));
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

server.listen(port, hostname, () => {
  log.info(`ready on http://${hostname ?? "localhost"}:${port}`);
});
