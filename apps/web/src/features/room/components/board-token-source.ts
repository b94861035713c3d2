import { BoardAccessDenied, type BoardUser } from "@mockboard/board";
import { peekBoardToken } from "@mockboard/protocol";

async function fetchToken(sessionId: string): Promise<string> {
  const response = await fetch(`/api/sessions/${sessionId}/board-token`, { method: "POST" });
  if (!response.ok) {
    const message = (await response.json().catch(() => ({}))).error ?? `HTTP ${response.status}`;
    // Refused for good (signed out, removed, no such session): stop reconnecting.
    if ([401, 403, 404].includes(response.status)) throw new BoardAccessDenied(message);
    throw new Error(message);
  }
  return (await response.json()).token;
}

/** A token from the page is good for a first connection while it has this long left. */
const MIN_TOKEN_LIFE_MS = 60_000;

/**
 * The token fetcher for the session's document: the page's token once, for the first
 * connection, when it grants the role the page was rendered for and is not about to expire (a
 * page restored from the browser's history may be old); every other (re)connect asks the
 * server for a fresh one.
 */
export function boardTokenSource(
  sessionId: string,
  role: BoardUser["role"],
  initialToken: string | undefined,
): () => Promise<string> {
  let unused = initialToken;
  return () => {
    const token = unused;
    unused = undefined;
    const claims = token ? peekBoardToken(token) : null;
    if (token && claims?.role === role && claims.expiresAt - Date.now() > MIN_TOKEN_LIFE_MS)
      return Promise.resolve(token);
    return fetchToken(sessionId);
  };
}
