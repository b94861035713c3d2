import { z } from "zod";
import { safeCallbackUrl } from "./safe-callback-url";

/** The sign-in page's search params: where to go afterwards (same-site only) and next-auth's error code. */
export const SignInQuery = z.object({
  callbackUrl: z
    .unknown()
    .optional()
    .transform((value) => safeCallbackUrl(value)),
  error: z.string().max(100).optional().catch(undefined),
});
