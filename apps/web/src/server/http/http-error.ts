/** An error whose message is safe to show the caller, with the HTTP status it answers with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
    /** Headers the answer carries, such as Retry-After on a 429 or 503. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** 429 or 503 with Retry-After (whole seconds, at least 1) and a message that says when. */
export function tryAgainLater(status: 429 | 503, message: string, retryAfterSeconds: number): HttpError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new HttpError(
    status,
    `${message} Try again in ${describeWait(seconds)}.`,
    { retryAfterSeconds: seconds },
    {
      "retry-after": String(seconds),
    },
  );
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}
