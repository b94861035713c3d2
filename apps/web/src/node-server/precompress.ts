import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; fonts and images are compressed already. */
const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".json", ".svg", ".txt", ".map"]);

/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

async function removeCopies(path: string): Promise<void> {
  await Promise.all([rm(`${path}.br`, { force: true }), rm(`${path}.gz`, { force: true })]);
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every
 * compressible file under `dir`, once at build time, so the server sends them without
 * compressing per request. A copy that would not be smaller than its file is not written,
 * and one left from an earlier run is removed, so the server never sends an outdated copy.
 */
export async function precompressDirectory(dir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for await (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    if ((await stat(path)).size < MIN_BYTES) {
      await removeCopies(path);
      continue;
    }
    const content = await readFile(path);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    summary.files += 1;
    summary.bytes += content.length;
    await removeCopies(path);
    if (br.length < content.length) {
      await writeFile(`${path}.br`, br);
      summary.brotliBytes += br.length;
    }
    if (gz.length < content.length) {
      await writeFile(`${path}.gz`, gz);
      summary.gzipBytes += gz.length;
    }
  }
  return summary;
}
