import { z } from "zod";

/** Board document ids: URL-safe, used as the websocket path and the log key. */
export const DocId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "doc ids are URL-safe letters, digits, _ and -");
export type DocId = z.infer<typeof DocId>;

/** The board document of an interview session. */
export function boardDocIdForSession(sessionId: string): DocId {
  return DocId.parse(`session-${sessionId}`);
}
