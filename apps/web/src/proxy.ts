import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env, livekitEnv } from "@/server/env";
import { CROSS_SITE_MESSAGE, changesState, isCrossSite } from "@/server/http/cross-site";
import { addressPartWithUnstorableText, unstorableTextDetails } from "@/server/http/text-rule";
import { contentSecurityPolicy, strictTransportSecurity } from "@/server/security-headers";

/** App pages that need a signed-in visitor (the (app) route group). */
const SIGNED_IN_PAGES = ["/dashboard", "/prompts", "/sessions", "/cohorts", "/join", "/account"];

/** NEXTAUTH_URL is the address people use: https there means the app is served over HTTPS. */
function servedOverHttps(): boolean {
  return env().NEXTAUTH_URL.startsWith("https:");
}

function needsSignIn(pathname: string): boolean {
  return SIGNED_IN_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

/** The page renders with a fresh nonce: Next reads it from the request's CSP and marks its scripts. */
function withPagePolicy(request: NextRequest): NextResponse {
  const { NODE_ENV, COLLAB_PUBLIC_URL } = env();
  const video = livekitEnv();
  const policy = contentSecurityPolicy({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64"),
    collabUrl: COLLAB_PUBLIC_URL,
    livekitUrl: video.configured ? video.url : undefined,
    development: NODE_ENV === "development",
    https: servedOverHttps(),
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/**
 * In front of every request (Next 16's middleware):
 * - a state-changing request (POST, PUT, PATCH, DELETE) from another site is refused with
 *   403, whatever it is for: route handlers (the kernel checks too), next-auth's sign-in,
 *   callback and sign-out endpoints, form posts;
 * - an address whose path or search parameters break the text rule (text-rule.ts: NUL,
 *   unpaired surrogates) is refused with 400 naming the part, pages and API alike;
 * - signed-out visitors of app pages go to sign-in, remembering where they were going
 *   (pages and handlers still check the session themselves: this is for a good redirect,
 *   not the authorization boundary);
 * - pages get their Content-Security-Policy with a per-response nonce;
 * - over HTTPS, every answer carries Strict-Transport-Security.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const response = await answer(request);
  const hsts = strictTransportSecurity(servedOverHttps());
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

async function answer(request: NextRequest): Promise<NextResponse> {
  if (changesState(request.method) && isCrossSite(request.headers, env().NEXTAUTH_URL)) {
    return NextResponse.json({ error: CROSS_SITE_MESSAGE }, { status: 403 });
  }
  const unstorable = addressPartWithUnstorableText(request.nextUrl);
  if (unstorable) {
    return NextResponse.json(
      { error: "Invalid request", details: unstorableTextDetails(unstorable) },
      { status: 400 },
    );
  }
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next();
  if (needsSignIn(pathname) && !(await getToken({ req: request, secret: env().NEXTAUTH_SECRET }))) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return withPagePolicy(request);
}

export const config = {
  matcher: [
    // Pages: everything but the API, build output and the static files in public/ (the code
    // pad's sandboxes carry their own, stricter policy: next.config.ts).
    "/((?!api/|_next/static|_next/image|tldraw-assets/|codepad-runtime/|favicon.ico|icon|apple-touch-icon|manifest.webmanifest).*)",
    // API calls without a body. For one with a body Next would buffer it for the proxy and
    // hold the request until the last byte arrived, whatever its size: an endless body would
    // never reach the route's own size cap. route() (and next-auth's POST handler) refuse
    // cross-site requests and check text themselves.
    {
      source: "/api/:path*",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
