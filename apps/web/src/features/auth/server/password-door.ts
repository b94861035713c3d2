import "server-only";
import { clientIp } from "@/server/client-ip";
import { setDoorCheck } from "@/server/door-check";
import { env } from "@/server/env";
import { hasFreeTurn, noFreeTurn } from "@/server/password-turns";
import { signInRefusalBody } from "./sign-in-limits";

const SIGN_IN_PATH = "/api/auth/callback/credentials";
const REGISTER_PATH = "/api/register";

/**
 * Lets the production server answer a sign-in or registration from an address that already
 * has one under way before Next's pipeline runs (server/door-check.ts): the same 429 the
 * routes give (they check again, for a request that slips between), at a tenth of the cost,
 * so a flood from one address barely costs the process anything.
 */
export function openPasswordDoor(): void {
  const hops = env().TRUSTED_PROXY_HOPS;
  setDoorCheck(({ method, path, forwardedFor }) => {
    if (method !== "POST" || (path !== SIGN_IN_PATH && path !== REGISTER_PATH)) return null;
    if (hasFreeTurn(clientIp(new Headers({ "x-forwarded-for": forwardedFor }), hops))) return null;
    const refused = noFreeTurn();
    const body =
      path === SIGN_IN_PATH
        ? signInRefusalBody(refused, "TooManyAttempts")
        : { error: refused.message, details: refused.details };
    return {
      status: refused.status,
      headers: { ...refused.headers, "content-type": "application/json", "cache-control": "no-store" },
      body: JSON.stringify(body),
    };
  });
}
