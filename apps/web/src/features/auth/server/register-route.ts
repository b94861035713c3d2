import "server-only";
import { normalizeEmail, registerUser } from "@mockboard/db";
import { z } from "zod";
import { clientIp } from "@/server/client-ip";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { logger } from "@/server/logger";
import { withPasswordTurn } from "@/server/password-turns";
import { LIMITS, limiter } from "@/server/rate-limits";
import { RegisterInput } from "../credentials";

/**
 * One answer whether or not the email was new. No email can be sent from these machines,
 * so there is no "check your inbox" step: a new account is ready at once and the page
 * signs in with the password just typed. For an email that already has an account,
 * nothing is created or changed and the answer is the same; the sign-in that follows
 * then fails unless the password is that account's own, which is what a wrong password
 * on the sign-in page says anyway. Limits per address and per email keep that from
 * becoming a fast way to test emails.
 */
export const REGISTERED = "If this email is new, its account is ready: sign in with it.";

const RegistrationResponse = z.object({ message: z.literal(REGISTERED) });

export const registerPOST = route({ body: { schema: RegisterInput } }, async ({ request, body }) => {
  const ip = clientIp(request.headers, env().TRUSTED_PROXY_HOPS);
  // Registering hashes a password: one address shares its two turns with its sign-ins.
  return withPasswordTurn(ip, async () => {
    await limiter(LIMITS.registerPerIp).consume(ip);
    await limiter(LIMITS.registerPerEmail).consume(normalizeEmail(body.email));
    const registration = await registerUser(db(), body);
    if (registration.created) logger().info({ userId: registration.user.id }, "user registered");
    return respond(RegistrationResponse, { message: REGISTERED }, { status: 202 });
  });
});
