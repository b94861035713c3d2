import * as z from "zod/mini";

/** Board document ids: URL-safe, used as the websocket path and the log key. */
export const DocId = z
  .string()
  .check(
    z.minLength(8),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9_-]+$/, "doc ids are URL-safe letters, digits, _ and -"),
  );
export type DocId = z.infer<typeof DocId>;

/** The board document of an interview session. */
export function boardDocIdForSession(sessionId: string): DocId {
  return DocId.parse(`session-${sessionId}`);
}
