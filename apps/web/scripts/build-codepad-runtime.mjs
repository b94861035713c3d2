// Builds the code pad's sandboxes into public/codepad-runtime/, served by the app itself
// (no CDN): the Python worker with Pyodide's module inside it, the JavaScript worker with
// QuickJS's WebAssembly inside it, and the two Pyodide files the page fetches and hands to
// the Python worker (pyodide.asm.wasm, python_stdlib.zip). Each worker is one self-contained
// file because its Content-Security-Policy (next.config.ts) lets it load nothing at all.
// Nothing here is loaded by a page until someone opens the code pad and runs code.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const target = join(import.meta.dirname, "../public/codepad-runtime");
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });

const started = performance.now();
await build({
  entryPoints: {
    "python-worker": fileURLToPath(import.meta.resolve("@mockboard/codepad/workers/python")),
    "javascript-worker": fileURLToPath(import.meta.resolve("@mockboard/codepad/workers/javascript")),
  },
  outdir: target,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  // Pyodide's Node-only branches import these; a browser worker never reaches them.
  external: ["node:*"],
  logLevel: "warning",
});
const pyodide = dirname(require.resolve("pyodide/package.json"));
for (const file of ["pyodide.asm.wasm", "python_stdlib.zip"])
  copyFileSync(join(pyodide, file), join(target, file));
console.log(
  `built the code pad's sandboxes into public/codepad-runtime in ${Math.round(performance.now() - started)} ms`,
);
