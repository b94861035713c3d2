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

/** A Yjs item id, as a relative position names it. */
const YItemId = z.strictObject({
  client: z.number().check(z.int(), z.nonnegative()),
  clock: z.number().check(z.int(), z.nonnegative()),
});

/** A Yjs relative position as y-codemirror.next publishes it (Y.RelativePosition, JSON). */
const RelativePosition = z.strictObject({
  type: z.optional(z.nullable(YItemId)),
  tname: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  item: z.optional(z.nullable(YItemId)),
  assoc: z.optional(z.number().check(z.int())),
});

/** The code pad's caret and selection (y-codemirror.next's `cursor` field), or null when elsewhere. */
export const CodeCursor = z.nullable(z.strictObject({ anchor: RelativePosition, head: RelativePosition }));

/**
 * What a client may publish through Yjs awareness: its identity, tldraw's instance presence
 * (cursor, selection, viewport), which receivers validate with tldraw's own record
 * validators, and the code pad's cursor. Anything else is refused by the server.
 */
export const AwarenessState = z.strictObject({
  user: z.optional(z.unknown()),
  presence: z.optional(z.unknown()),
  cursor: z.optional(CodeCursor),
});

/** Distinct, readable colours for up to a handful of people per room. */
export const PRESENCE_COLORS = ["#e03131", "#1971c2", "#2f9e44", "#f08c00", "#9c36b5", "#0c8599"] as const;

export function colorForUser(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}
