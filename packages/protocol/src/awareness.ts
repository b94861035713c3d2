import * as z from "zod/mini";
import { BoardRole } from "./board-token";
import { LIMITS } from "./limits";

const HexColor = z.string().check(z.regex(/^#[0-9a-f]{6}$/i));

/** Who a presence on the board belongs to. The collab server stamps it from the board token. */
export const PresenceUser = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.maxDisplayNameLength)),
  color: HexColor,
  role: BoardRole,
});
export type PresenceUser = z.infer<typeof PresenceUser>;

/**
 * What a client may publish through Yjs awareness: its identity and tldraw's instance
 * presence (cursor, selection, viewport), which receivers validate with tldraw's own
 * record validators. Anything else is refused by the server.
 */
export const AwarenessState = z.strictObject({
  user: z.optional(z.unknown()),
  presence: z.optional(z.unknown()),
});

/** Distinct, readable colours for up to a handful of people per room. */
export const PRESENCE_COLORS = ["#e03131", "#1971c2", "#2f9e44", "#f08c00", "#9c36b5", "#0c8599"] as const;

export function colorForUser(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}
