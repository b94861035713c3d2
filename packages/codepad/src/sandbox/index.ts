// The sandboxes: engines that run code in Pyodide and QuickJS (workers/ are their browser
// entry points, bundled by the web app), and the page-side runner that starts, times and
// kills those workers.
export { CappedOutput } from "./capped-output";
export { createJsEngine, type JsEngine, stripTypes } from "./js-engine";
export { BLOCKED_GLOBALS } from "./lockdown";
export { capWasmMemory } from "./memory-cap";
export { createPythonEngine, type PythonEngine } from "./python-engine";
export type { EngineOutcome, OutputSink, OutputStream, RunRequest } from "./run-types";
export { type RunHandle, type SandboxResult, SandboxRunner, type SandboxUrls } from "./sandbox-runner";
export type { FromWorker, PythonAssets, ToWorker } from "./worker-protocol";
