"use client";

import { useEffect, useState } from "react";
import { OfflineError } from "./post-json";

/**
 * The words for an action that failed: the server's message, or, when the request never
 * left this browser, that it is offline and nothing changed. The offline words clear by
 * themselves once the browser is back online.
 * `unchanged` says what did not happen, e.g. "the timer did not change".
 */
export function useActionError(unchanged: string) {
  const [failure, setFailure] = useState<unknown>(null);
  const offline = failure instanceof OfflineError;

  useEffect(() => {
    if (!offline) return;
    const clear = () => setFailure(null);
    window.addEventListener("online", clear);
    return () => window.removeEventListener("online", clear);
  }, [offline]);

  const message =
    failure === null
      ? null
      : offline
        ? `You are offline, so ${unchanged}. Try again once you are back online.`
        : (failure as Error).message;
  return { message, setFailure };
}
