import { spawn } from "node:child_process";

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

// The flood runs as its own process at a lower CPU priority (nice 10): a real attacker is
// another machine, so on a test machine with two shared cores the CPU it takes to send the
// flood must not be charged to the server or to the real user's client, while the server
// still answers every request it manages to send.
const FLOOD_SOURCE = `
const { request, concurrency, seconds, maxRequests } = JSON.parse(process.env.FLOOD);
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
Promise.all(Array.from({ length: concurrency }, loop)).then(() => process.stdout.write(JSON.stringify({ sent, statuses })));
`;

/**
 * Sends `request` from `concurrency` loops at once, each starting the next request when the
 * last is answered, for at most `seconds` and `maxRequests` in all (a bounded load loop).
 */
export function flood(
  request: FloodRequest,
  options: { concurrency: number; seconds: number; maxRequests: number },
): Promise<FloodResult> {
  const child = spawn("nice", ["-n", "10", process.execPath, "-e", FLOOD_SOURCE], {
    env: { PATH: process.env.PATH, FLOOD: JSON.stringify({ request, ...options }) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve(JSON.parse(output) as FloodResult);
      else reject(new Error(`the flood process exited with ${code}`));
    });
  });
}

export function describeStatuses(statuses: Record<number, number>): string {
  return Object.entries(statuses)
    .map(([status, count]) => `${count} x ${status === "0" ? "failed" : status}`)
    .join(", ");
}
