import "server-only";
import { signOutEverywhere } from "@mockboard/db";
import { z } from "zod";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { logger } from "@/server/logger";
import { requireApiUser } from "./current-user";

const SignedOutResponse = z.object({ signedOutAt: z.string() });

/**
 * Ends every session of the caller, on every device, this one included: session JWTs
 * signed in before now are refused from the next request on (auth-options' jwt callback).
 */
export const signOutEverywherePOST = route({ authenticate: requireApiUser }, async ({ user }) => {
  const cutoff = await signOutEverywhere(db(), user.id);
  logger().info({ userId: user.id }, "signed out of all sessions");
  return respond(
    SignedOutResponse,
    { signedOutAt: cutoff.toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
});
