import { PROTOCOL_VERSION } from "./limits";

/**
 * How a browser presents its board token: in the websocket subprotocol list, never in
 * the URL (proxies and servers log URLs). The client offers
 * `[BOARD_SUBPROTOCOL, "auth.<token>"]`; the server answers with BOARD_SUBPROTOCOL only,
 * so the token is never echoed back. A JWT is base64url and dots, all legal in a
 * subprotocol name.
 */
export const BOARD_SUBPROTOCOL = `mockboard.v${PROTOCOL_VERSION}`;
const AUTH_PREFIX = "auth.";

/** The subprotocols a client offers when connecting with `token`. */
export function boardSubprotocols(token: string): string[] {
  return [BOARD_SUBPROTOCOL, `${AUTH_PREFIX}${token}`];
}

/** Splits a Sec-WebSocket-Protocol request header into the offered names. */
export function parseSubprotocolHeader(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** The board token among the offered subprotocols; null when there is none or more than one. */
export function tokenFromSubprotocols(offered: Iterable<string>): string | null {
  const tokens = [...offered].filter((name) => name.startsWith(AUTH_PREFIX));
  if (tokens.length !== 1) return null;
  return tokens[0]?.slice(AUTH_PREFIX.length) || null;
}

/**
 * The subprotocol the server answers with: this version's when offered, else the first
 * other non-secret one (so an outdated client still completes the handshake and hears
 * why it is refused), else none. Never a token.
 */
export function selectBoardSubprotocol(offered: Iterable<string>): string | null {
  const names = [...offered];
  if (names.includes(BOARD_SUBPROTOCOL)) return BOARD_SUBPROTOCOL;
  return names.find((name) => !name.startsWith(AUTH_PREFIX)) ?? null;
}
