import { Worker } from "node:worker_threads";

/** What a flood sent and what it heard back, by status (0: the request failed). */
export interface FloodResult {
  sent: number;
  statuses: Record<number, number>;
}

export interface FloodRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** `{n}` in the body is replaced by the request's number, so each can differ. */
  body?: string;
}

// The flood runs in a worker thread: a real attacker is another machine, and requests the
// test times must not wait behind the flood's own JavaScript in the test's event loop.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { request, concurrency, seconds, maxRequests } = workerData;
const deadline = Date.now() + seconds * 1000;
const statuses = {};
let sent = 0;
async function loop() {
  while (Date.now() < deadline && sent < maxRequests) {
    const n = sent++;
    let status = 0;
    try {
      const response = await fetch(request.url, {
        method: request.method ?? "GET",
        headers: request.headers,
        body: request.body === undefined ? undefined : request.body.replaceAll("{n}", String(n)),
        redirect: "manual",
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {}
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}
Promise.all(Array.from({ length: concurrency }, loop)).then(() => parentPort.postMessage({ sent, statuses }));
`;

/**
 * Sends `request` from `concurrency` loops at once, each starting the next request when the
 * last is answered, for at most `seconds` and `maxRequests` in all (a bounded load loop).
 */
export function flood(
  request: FloodRequest,
  options: { concurrency: number; seconds: number; maxRequests: number },
): Promise<FloodResult> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { request, ...options } });
  return new Promise((resolve, reject) => {
    worker.once("message", (result: FloodResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once("error", reject);
  });
}

export function describeStatuses(statuses: Record<number, number>): string {
  return Object.entries(statuses)
    .map(([status, count]) => `${count} x ${status === "0" ? "failed" : status}`)
    .join(", ");
}
