/**
 * A link to the other auth page that keeps where the visitor was going (an invite, a
 * session), so switching between sign-in and registration never loses it. `callbackUrl`
 * has already been through safeCallbackUrl; the default destination is left out.
 */
export function authPageHref(path: "/signin" | "/register", callbackUrl: string): string {
  if (callbackUrl === "/dashboard") return path;
  return `${path}?${new URLSearchParams({ callbackUrl })}`;
}
