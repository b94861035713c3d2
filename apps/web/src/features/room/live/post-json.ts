"use client";

/** The request never reached the server: the browser is offline or the network dropped. */
export class OfflineError extends Error {
  constructor() {
    super("offline");
    this.name = "OfflineError";
  }
}

/** POST/PUT JSON to our API; resolves with the parsed body or throws the server's message (OfflineError when unsent). */
export async function sendJson<T = unknown>(
  url: string,
  body: unknown,
  method: "POST" | "PUT" = "POST",
): Promise<T> {
  if (!navigator.onLine) throw new OfflineError();
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => {
    throw new OfflineError();
  });
  const data = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(data.error ?? `Request failed (${response.status})`);
  return data as T;
}
