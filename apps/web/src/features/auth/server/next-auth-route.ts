import "server-only";
import NextAuth from "next-auth";
import { env } from "@/server/env";
import { CROSS_SITE_MESSAGE, isCrossSite } from "@/server/http/cross-site";
import { jsonError } from "@/server/http/respond";
import { authOptions } from "./auth-options";
import { gateCredentialsSignIn } from "./sign-in-limits";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

function runNextAuth(request: Request, nextauth: string[]): Promise<Response> {
  // next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
  return NextAuth(request as never, { params: { nextauth } } as never, authOptions());
}

export async function nextAuthGET(request: Request, context: NextAuthContext): Promise<Response> {
  return runNextAuth(request, (await context.params).nextauth);
}

/**
 * next-auth's POST endpoints (sign-in, callbacks, sign-out): refused from another site
 * (proxy.ts refuses them too; next-auth's CSRF token is a second lock, not the only one),
 * and the password sign-in goes through its rate limits.
 */
export async function nextAuthPOST(request: Request, context: NextAuthContext): Promise<Response> {
  if (isCrossSite(request.headers, env().NEXTAUTH_URL)) return jsonError(403, CROSS_SITE_MESSAGE);
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    return gateCredentialsSignIn(request, (forwarded) => runNextAuth(forwarded, nextauth));
  }
  return runNextAuth(request, nextauth);
}
