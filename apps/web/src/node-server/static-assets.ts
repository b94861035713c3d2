import type { IncomingMessage, ServerResponse } from "node:http";
import sirv from "sirv";
import { STATIC_SECURITY_HEADERS } from "../server/security-headers";

/** Where Next's build output is requested from; every file under it has a content hash in its name. */
export const STATIC_PREFIX = "/_next/static/";

export type StaticAssetHandler = (req: IncomingMessage, res: ServerResponse, fallback: () => void) => void;

/**
 * Serves `.next/static` itself, with the `.br` and `.gz` copies the build wrote beside each
 * file (see precompress.ts): Brotli when the browser accepts it, else gzip, else the file.
 * `next start` only compresses with gzip, on the fly, per request; the room's scripts are a
 * fifth smaller as Brotli at its highest quality, which is too slow to run per request.
 * Anything else (other paths, other methods, a file the build did not write) goes to
 * `fallback`, which is Next's own handler.
 */
export function createStaticAssetHandler(staticDir: string): StaticAssetHandler {
  const serve = sirv(staticDir, {
    brotli: true,
    gzip: true,
    // Hashed names: a file never changes, so browsers may keep it for a year without asking.
    maxAge: 31_536_000,
    immutable: true,
    etag: true,
    // Exact file names only: no "index" or ".html" guessing, no dotfiles.
    extensions: [],
    dotfiles: false,
    setHeaders(res) {
      for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
    },
  });
  return (req, res, fallback) => {
    const url = req.url ?? "/";
    if ((req.method !== "GET" && req.method !== "HEAD") || !url.startsWith(STATIC_PREFIX)) return fallback();
    // sirv resolves paths against staticDir, so it sees the URL without the prefix.
    req.url = url.slice(STATIC_PREFIX.length - 1);
    serve(req, res, () => {
      req.url = url;
      fallback();
    });
  };
}
