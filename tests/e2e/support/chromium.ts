import type { LaunchOptions } from "playwright-core";

/**
 * How the tests and the benchmarks start Debian's Chromium (CHROMIUM_PATH to override): the
 * flags that work as root here, and nothing that phones home during a measurement.
 */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  };
}
