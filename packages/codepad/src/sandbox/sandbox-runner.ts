import type { CodeRuntime } from "../languages";
import { RUN_LIMITS, type TestResult } from "../run-record";
import type { OutputSink, RunRequest } from "./run-types";
import type { FromWorker, PythonAssets, ToWorker } from "./worker-protocol";

/** Where the page finds the sandbox workers and Pyodide's files (served by the app itself). */
export interface SandboxUrls {
  pythonWorker: string;
  javascriptWorker: string;
  pyodideWasm: string;
  pythonStdlib: string;
}

export interface SandboxResult {
  status: "ok" | "error" | "timeout" | "stopped";
  stdout: string;
  stderr: string;
  truncated: boolean;
  tests: TestResult[] | null;
  /** From the moment the code started (after the runtime loaded) to its end. */
  durationMs: number;
}

export interface RunHandle {
  /** Resolves when the run ends, however it ends; never rejects. */
  done: Promise<SandboxResult>;
  /** Kills the run (and its worker). */
  stop(): void;
}

interface LiveWorker {
  worker: Worker;
  ready: Promise<void>;
}

type Runtime = Exclude<CodeRuntime, null>;

let runCounter = 0;

/**
 * Runs code in sandbox workers on behalf of the page: one worker per runtime, started on
 * first use and kept warm for the next run. The time limit counts from the moment the code
 * starts; past it the worker is terminated (a loop in WebAssembly cannot be interrupted
 * otherwise) and the next run starts a new one. The page stays responsive throughout: the
 * code never runs on its thread.
 */
export class SandboxRunner {
  private readonly workers = new Map<Runtime, LiveWorker>();
  private pythonAssets: Promise<PythonAssets> | null = null;

  constructor(
    private readonly urls: SandboxUrls,
    private readonly timeLimitMs: number = RUN_LIMITS.timeMs,
  ) {}

  /** Starts the runtime's worker ahead of a run (the first Python run otherwise waits for Pyodide). */
  warm(runtime: Runtime): Promise<void> {
    return this.workerFor(runtime).ready;
  }

  run(runtime: Runtime, request: RunRequest, onOutput: OutputSink): RunHandle {
    const id = `run-${++runCounter}`;
    const output = { stdout: "", stderr: "" };
    let finish: (result: SandboxResult) => void = () => undefined;
    const done = new Promise<SandboxResult>((resolve) => {
      finish = resolve;
    });
    let settled = false;
    let startedAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const live = this.workerFor(runtime);

    const end = (result: Omit<SandboxResult, "stdout" | "stderr" | "durationMs">, kill: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      live.worker.removeEventListener("message", onMessage);
      live.worker.removeEventListener("error", onCrash);
      if (kill) this.kill(runtime, live);
      finish({
        ...result,
        ...output,
        durationMs: startedAt ? Math.round(performance.now() - startedAt) : 0,
      });
    };
    const failed = (message: string) => {
      output.stderr += `${output.stderr && !output.stderr.endsWith("\n") ? "\n" : ""}${message}\n`;
      end({ status: "error", truncated: false, tests: null }, true);
    };
    const onMessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === "ready") return;
      if (message.id !== id) {
        if (message.type === "failed" && message.id === null) failed(message.message);
        return;
      }
      switch (message.type) {
        case "started":
          startedAt = performance.now();
          timer = setTimeout(
            () => end({ status: "timeout", truncated: false, tests: null }, true),
            this.timeLimitMs,
          );
          return;
        case "output":
          output[message.stream] += message.text;
          onOutput(message.stream, message.text);
          return;
        case "done":
          end(
            { status: message.outcome.status, truncated: message.truncated, tests: message.outcome.tests },
            false,
          );
          return;
        case "failed":
          failed(message.message);
          return;
      }
    };
    const onCrash = (event: ErrorEvent) =>
      failed(`The sandbox stopped unexpectedly${event.message ? `: ${event.message}` : ""}`);
    live.worker.addEventListener("message", onMessage);
    live.worker.addEventListener("error", onCrash);

    const loadTimer = setTimeout(() => failed("The runtime took too long to load"), RUN_LIMITS.loadMs);
    live.ready.then(
      () => {
        clearTimeout(loadTimer);
        if (!settled) live.worker.postMessage({ type: "run", id, request } satisfies ToWorker);
      },
      (error: Error) => {
        clearTimeout(loadTimer);
        failed(error.message);
      },
    );
    return { done, stop: () => end({ status: "stopped", truncated: false, tests: null }, true) };
  }

  dispose(): void {
    for (const [runtime, live] of this.workers) this.kill(runtime, live);
  }

  private kill(runtime: Runtime, live: LiveWorker): void {
    live.worker.terminate();
    if (this.workers.get(runtime) === live) this.workers.delete(runtime);
  }

  private workerFor(runtime: Runtime): LiveWorker {
    const existing = this.workers.get(runtime);
    if (existing) return existing;
    const url = runtime === "python" ? this.urls.pythonWorker : this.urls.javascriptWorker;
    const worker = new Worker(url, { type: "module", name: `${runtime} sandbox` });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (event: MessageEvent<FromWorker>) => {
        if (event.data.type === "ready") resolve();
        else if (event.data.type === "failed" && event.data.id === null)
          reject(new Error(event.data.message));
        else return;
        worker.removeEventListener("message", onMessage);
      };
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", () => reject(new Error("The sandbox could not start")), {
        once: true,
      });
    });
    const live: LiveWorker = { worker, ready };
    this.workers.set(runtime, live);
    const assets = runtime === "python" ? this.loadPythonAssets() : Promise.resolve(null);
    assets.then(
      (loaded) =>
        worker.postMessage(
          { type: "load", assets: loaded } satisfies ToWorker,
          loaded ? [loaded.wasm, loaded.stdlib] : [],
        ),
      () => worker.dispatchEvent(new ErrorEvent("error", { message: "Pyodide's files did not load" })),
    );
    // A failed start is not kept: the next run tries again.
    ready.catch(() => this.kill(runtime, live));
    return live;
  }

  /** Pyodide's files, fetched by the page (the worker may not fetch) and copied to each new worker. */
  private async loadPythonAssets(): Promise<PythonAssets> {
    this.pythonAssets ??= Promise.all([
      fetchBytes(this.urls.pyodideWasm),
      fetchBytes(this.urls.pythonStdlib),
    ]).then(([wasm, stdlib]) => ({ wasm, stdlib }));
    this.pythonAssets.catch(() => {
      this.pythonAssets = null;
    });
    const { wasm, stdlib } = await this.pythonAssets;
    return { wasm: wasm.slice(0), stdlib: stdlib.slice(0) };
  }
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}
