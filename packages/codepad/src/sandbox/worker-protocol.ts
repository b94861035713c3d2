import type { EngineOutcome, OutputStream, RunRequest } from "./run-types";

// Messages between the page and a sandbox worker. The worker has no network, so the page
// hands it what the runtime needs to start (Pyodide's WebAssembly and standard library).

export interface PythonAssets {
  wasm: ArrayBuffer;
  stdlib: ArrayBuffer;
}

export type ToWorker =
  | { type: "load"; assets: PythonAssets | null }
  | { type: "run"; id: string; request: RunRequest };

export type FromWorker =
  | { type: "ready" }
  /** The code itself starts now: the time limit counts from here. */
  | { type: "started"; id: string }
  | { type: "output"; id: string; stream: OutputStream; text: string }
  | { type: "done"; id: string; outcome: EngineOutcome; truncated: boolean }
  /** The runtime could not load, or broke: the page replaces the worker. */
  | { type: "failed"; id: string | null; message: string };
