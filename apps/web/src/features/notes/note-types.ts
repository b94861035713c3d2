import { z } from "zod";

export const NoteDto = z.object({
  id: z.string(),
  offsetMs: z.number(),
  text: z.string(),
  dimensionKey: z.string().nullable(),
  visibility: z.enum(["PRIVATE", "SHARED"]),
  updatedAt: z.string(),
});
export type NoteDto = z.infer<typeof NoteDto>;

/** A note as the browser holds it: saved on the server, or still only on this device. */
export interface LocalNote {
  id: string;
  text: string;
  dimensionKey: string | null;
  visibility: "PRIVATE" | "SHARED";
  /** Session time in ms; the server's stamp once saved, this browser's estimate before. */
  offsetMs: number;
  /** Not yet acknowledged by the server: kept in localStorage until it is. */
  pending: boolean;
  deleted?: boolean;
}
