import { spawn } from "node:child_process";
import { freePort } from "@mockboard/devkit/ports";
import { waitForHttp } from "@mockboard/devkit/processes";

export interface WebProcess {
  baseUrl: string;
  pid: number | undefined;
  /** Everything it printed so far. */
  output: () => string;
  /** Resolves with the exit code when it ends. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/**
 * Starts one more production web server on the stack's database, with exactly `env` (plus
 * PATH), running `command` in `cwd` with `{port}` in its arguments replaced by a free port.
 * For tests of how the server starts or of settings the shared stack does not use.
 */
export async function spawnWebProcess(options: {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}): Promise<WebProcess> {
  const port = await freePort();
  const args = options.args.map((arg) => arg.replace("{port}", String(port)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(options.command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, NEXTAUTH_URL: baseUrl, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return {
    baseUrl,
    pid: child.pid,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until `web` answers its health check, or throws with what it printed. */
export async function waitUntilServing(web: WebProcess, timeoutMs = 60_000): Promise<void> {
  let alive = true;
  void web.exited.then(() => {
    alive = false;
  });
  try {
    await waitForHttp(`${web.baseUrl}/api/health`, timeoutMs, () => alive);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${web.output()}`);
  }
}
