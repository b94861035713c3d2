// Build step: Brotli and gzip copies of Next's static output, served by src/node-server.
import { fileURLToPath } from "node:url";
import { precompressDirectory } from "../src/node-server/precompress";

const staticDir = fileURLToPath(new URL("../.next/static", import.meta.url));
const started = performance.now();
const summary = await precompressDirectory(staticDir);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
console.log(
  `precompressed ${summary.files} static files in ${Math.round(performance.now() - started)} ms: ` +
    `${kb(summary.bytes)} -> ${kb(summary.brotliBytes)} Brotli, ${kb(summary.gzipBytes)} gzip`,
);
