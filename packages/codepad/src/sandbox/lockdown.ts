// What a sandbox worker removes from its own global scope before any code runs. The worker's
// Content-Security-Policy (default-src 'none', served with its script) already refuses every
// request; this also takes away the objects themselves, so Python's `js` module and any
// JavaScript it reaches find no network, storage or way to start another context.

/** Globals through which code could reach the network, storage, other contexts or the page. */
export const BLOCKED_GLOBALS = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "WebTransport",
  "EventSource",
  "importScripts",
  "Worker",
  "SharedWorker",
  "BroadcastChannel",
  "indexedDB",
  "caches",
  "cookieStore",
  "fonts",
  "FontFace",
  "Notification",
  "postMessage",
  "close",
  "onmessage",
] as const;

/** Properties of `navigator` that reach storage or other contexts. */
const BLOCKED_NAVIGATOR = ["storage", "locks", "serviceWorker", "permissions", "sendBeacon"] as const;

function removeEverywhere(target: object, name: string): void {
  for (let owner: object | null = target; owner; owner = Object.getPrototypeOf(owner)) {
    if (Object.hasOwn(owner, name)) {
      try {
        delete (owner as Record<string, unknown>)[name];
      } catch {
        // Non-configurable: shadow it below.
      }
    }
  }
  if (name in target) Object.defineProperty(target, name, { value: undefined, configurable: false });
}

/**
 * Removes BLOCKED_GLOBALS from `scope` and its prototype chain (and navigator's storage and
 * locks), returning the worker's own postMessage first, so only the worker talks to the page.
 */
export function lockDown(scope: typeof globalThis): (message: unknown, transfer?: Transferable[]) => void {
  const post = (scope as unknown as Worker).postMessage.bind(scope);
  const navigator = (scope as { navigator?: object }).navigator;
  if (navigator) for (const name of BLOCKED_NAVIGATOR) removeEverywhere(navigator, name);
  for (const name of BLOCKED_GLOBALS) removeEverywhere(scope, name);
  return (message, transfer = []) => post(message, transfer);
}
