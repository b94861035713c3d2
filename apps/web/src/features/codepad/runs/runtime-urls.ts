import type { SandboxUrls } from "@mockboard/codepad/sandbox";

/** Where the app serves the sandboxes (scripts/build-codepad-runtime.mjs; headers in next.config.ts). */
export const RUNTIME_PATH = "/codepad-runtime";

export const SANDBOX_URLS: SandboxUrls = {
  pythonWorker: `${RUNTIME_PATH}/python-worker.js`,
  javascriptWorker: `${RUNTIME_PATH}/javascript-worker.js`,
  pyodideWasm: `${RUNTIME_PATH}/pyodide.asm.wasm`,
  pythonStdlib: `${RUNTIME_PATH}/python_stdlib.zip`,
};
