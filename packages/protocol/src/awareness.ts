import { z } from "zod";
import { BoardRole } from "./board-token";

/** The presence each client publishes through Yjs awareness. */
export const PresenceState = z.object({
  user: z.object({
    id: z.string().max(64),
    name: z.string().max(80),
    color: z.string().regex(/^#[0-9a-f]{6}$/i),
    role: BoardRole,
  }),
  /** Page-space pointer position, null when the pointer left the board. */
  cursor: z.object({ x: z.number(), y: z.number() }).nullable(),
  /** Page-space viewport, so others can follow this person's view. */
  viewport: z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).nullable(),
  /** The tldraw page this person is looking at. */
  pageId: z.string().max(64).nullable(),
});
export type PresenceState = z.infer<typeof PresenceState>;

/** Distinct, readable colours for up to a handful of people per room. */
export const PRESENCE_COLORS = ["#e03131", "#1971c2", "#2f9e44", "#f08c00", "#9c36b5", "#0c8599"] as const;

export function colorForUser(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}
