import "server-only";

/**
 * Where a history request spent its time, as a Server-Timing header (read by the browser's
 * developer tools and by tests/bench/replay-bench.ts): each step's wall time in ms.
 */
export class ServerTiming {
  private readonly steps: [string, number][] = [];

  /** Runs `work` and records how long it took under `name`. */
  async time<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.steps.push([name, performance.now() - started]);
    }
  }

  header(): string {
    return this.steps.map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`).join(", ");
  }
}
