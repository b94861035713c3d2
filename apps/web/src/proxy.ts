import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/server/env";

/**
 * Sends signed-out visitors of app pages to sign-in, remembering where they were
 * going. Pages and handlers still check the session themselves: this is for a good
 * redirect, not the authorization boundary.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/dashboard/:path*", "/prompts/:path*", "/sessions/:path*", "/cohorts/:path*", "/join/:path*"],
};
