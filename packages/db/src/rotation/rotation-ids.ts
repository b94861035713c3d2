import { z } from "zod";

/** Rotation rounds and pairings are named by Prisma cuids. */
export const RoundId = z.string().regex(/^[a-z0-9]{20,40}$/, "not a round id");
export const PairingId = z.string().regex(/^[a-z0-9]{20,40}$/, "not a pairing id");
