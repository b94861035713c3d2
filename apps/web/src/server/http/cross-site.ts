// Cross-site request refusal for state-changing requests (CSRF): the kernel asks it for
// every route handler, proxy.ts for next-auth's endpoints and anything else that is posted.
// The rule follows the browsers' own signals, as Go's net/http CrossOriginProtection does:
//   - Sec-Fetch-Site (every current browser sends it): same-origin or none (typed into the
//     address bar, a bookmark) passes; same-site and cross-site are refused unless the
//     Origin is the app's own.
//   - Without it, an Origin header must name this host (or the app's configured origin).
//   - Neither header: not a browser (curl, a webhook, a server-side fetch). Such a caller
//     carries no victim's cookies, so it is not a CSRF risk and passes.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function changesState(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export const CROSS_SITE_MESSAGE =
  "Cross-site request refused: this action can only be taken from Mockboard's own pages.";

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing request comes from another site. `appOrigin` is where the app
 * is served (NEXTAUTH_URL); the request's own Host (and X-Forwarded-Host, which a browser
 * cannot set cross-site) also count as this site.
 */
export function isCrossSite(headers: Headers, appOrigin: string): boolean {
  const origin = headers.get("origin");
  const originHost = origin ? hostOf(origin) : null;
  const ownHosts = [hostOf(appOrigin), headers.get("host"), headers.get("x-forwarded-host")].filter(Boolean);
  const fromOwnOrigin = originHost !== null && ownHosts.includes(originHost);
  const fetchSite = headers.get("sec-fetch-site")?.toLowerCase();
  if (fetchSite) return !(fetchSite === "same-origin" || fetchSite === "none" || fromOwnOrigin);
  if (origin === null) return false;
  return !fromOwnOrigin;
}
