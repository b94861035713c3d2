// Entry of the Python sandbox worker (bundled by the web app's build with Pyodide's module
// inside, so the worker loads no script). Its memory is capped before Pyodide exists, and it
// reads its WebAssembly and standard library from what the page hands over: the worker's
// own policy refuses every request, its own included.
import { loadPyodide } from "pyodide";
import createPyodideModule from "pyodide/pyodide.asm.mjs";
import lockFile from "pyodide/pyodide-lock.json";
import { RUN_LIMITS } from "../../run-record";
import { capWasmMemory } from "../memory-cap";
import { createPythonEngine } from "../python-engine";
import type { PythonAssets } from "../worker-protocol";
import { serveWorker } from "./serve-worker";

/** Pyodide asks for its files by URL; these are answered from memory, anything else is refused. */
function answerFrom(assets: PythonAssets): typeof fetch {
  return async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith("/pyodide.asm.wasm"))
      return new Response(assets.wasm, { headers: { "content-type": "application/wasm" } });
    if (url.endsWith("/python_stdlib.zip")) return new Response(assets.stdlib);
    throw new TypeError(`The Python sandbox has no network (asked for ${url})`);
  };
}

serveWorker(async (assets) => {
  if (!assets) throw new Error("Pyodide's files were not handed over");
  capWasmMemory(RUN_LIMITS.memoryBytes);
  const realFetch = globalThis.fetch;
  globalThis.fetch = answerFrom(assets);
  try {
    const pyodide = await loadPyodide({
      indexURL: `${self.location.origin}/pyodide-in-memory/`,
      lockFileContents: lockFile as unknown as string,
      createPyodideModule: createPyodideModule as never,
      // Python's `js` module sees an empty object, not the worker's globals.
      jsglobals: {},
      checkAPIVersion: false,
    });
    return createPythonEngine(pyodide);
  } finally {
    globalThis.fetch = realFetch;
  }
});
