import { CappedOutput } from "../capped-output";
import { lockDown } from "../lockdown";
import type { EngineOutcome, RunRequest } from "../run-types";
import type { FromWorker, PythonAssets, ToWorker } from "../worker-protocol";

export interface SandboxEngine {
  run(request: RunRequest, sink: CappedOutput["sink"]): EngineOutcome;
}

/**
 * The worker side of a sandbox: loads the runtime when the page says so, locks the worker's
 * global scope down, then runs one request at a time, streaming output and reporting how it
 * ended. A run that breaks the runtime itself reports "failed" so the page starts a new worker.
 */
export function serveWorker(load: (assets: PythonAssets | null) => Promise<SandboxEngine>): void {
  const scope = globalThis;
  let send: (message: FromWorker) => void = (message) => (scope as unknown as Worker).postMessage(message);
  let engine: SandboxEngine | null = null;
  scope.addEventListener("message", (event: Event) => {
    const message = (event as MessageEvent<ToWorker>).data;
    if (message.type === "load") {
      if (engine) return;
      load(message.assets).then(
        (loaded) => {
          engine = loaded;
          const post = lockDown(scope);
          send = (reply) => post(reply);
          send({ type: "ready" });
        },
        (error: Error) =>
          send({ type: "failed", id: null, message: `The runtime did not load: ${error.message}` }),
      );
      return;
    }
    if (!engine) {
      send({ type: "failed", id: message.id, message: "The runtime is not loaded yet" });
      return;
    }
    const { id } = message;
    const output = new CappedOutput((stream, text) => send({ type: "output", id, stream, text }));
    send({ type: "started", id });
    try {
      const outcome = engine.run(message.request, output.sink);
      send({ type: "done", id, outcome, truncated: output.truncated });
    } catch (error) {
      send({ type: "failed", id, message: `The runtime broke: ${(error as Error).message}` });
    }
  });
}
