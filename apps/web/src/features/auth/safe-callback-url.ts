/** Where a visitor goes after signing in when no (acceptable) destination was given. */
export const DEFAULT_CALLBACK = "/dashboard";

// Any origin works for resolving a relative path; only the path, query and fragment are kept.
const STAND_IN_ORIGIN = "https://mockboard.invalid";

/**
 * A post-sign-in destination that cannot leave the site (no open redirect). The value is
 * parsed the way a browser parses it, resolved against the app's origin: browsers drop
 * tabs and newlines, so `/<TAB>/evil.example` is `//evil.example`, another site. Anything
 * that lands on another origin (or is not a string) falls back to the dashboard; a
 * same-origin URL keeps only its path, query and fragment, with a leading `//` (which a
 * browser would read as another host) collapsed to `/`.
 */
export function safeCallbackUrl(value: unknown, appOrigin: string = STAND_IN_ORIGIN): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (typeof candidate !== "string" || candidate.trim() === "") return DEFAULT_CALLBACK;
  const origin = new URL(appOrigin).origin;
  let url: URL;
  try {
    url = new URL(candidate, `${origin}/`);
  } catch {
    return DEFAULT_CALLBACK;
  }
  if (url.origin !== origin) return DEFAULT_CALLBACK;
  const path = url.pathname.replace(/^\/{2,}/, "/");
  return `${path}${url.search}${url.hash}`;
}
