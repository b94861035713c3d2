// The browser-side security policy of every page: a Content-Security-Policy with a fresh
// nonce per response (proxy.ts), Strict-Transport-Security over HTTPS (proxy.ts), and the
// static headers next.config.ts sets on everything.

/** ws://host:port → the origins a browser needs for it: the websocket, and HTTP to the same host. */
function originsOf(url: string | undefined): string[] {
  if (!url) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const secure = parsed.protocol === "wss:" || parsed.protocol === "https:";
  const origins = [
    `${secure ? "wss" : "ws"}://${parsed.host}`,
    `${secure ? "https" : "http"}://${parsed.host}`,
  ];
  // LiveKit Cloud hands out region-specific hosts under the project's domain.
  if (parsed.hostname.endsWith(".livekit.cloud"))
    origins.push("wss://*.livekit.cloud", "https://*.livekit.cloud");
  return origins;
}

export interface CspSettings {
  nonce: string;
  /** COLLAB_PUBLIC_URL: the board's websocket. */
  collabUrl: string;
  /** LIVEKIT_URL, when video is on: signalling over websocket plus HTTP checks to the same host. */
  livekitUrl?: string;
  /** `next dev`: React rebuilds server error stacks with eval. */
  development: boolean;
  /** The app is served over HTTPS (then every http: subresource is upgraded). */
  https: boolean;
}

/**
 * What pages may load and run:
 * - scripts: only Next's own, marked with this response's nonce, and what they load ('strict-dynamic');
 * - styles: this origin plus inline styles, which tldraw sets on every shape and the
 *   editor's own style elements (a nonce would switch 'unsafe-inline' off);
 * - images and media: this origin, blob: and data: (pasted images, exports, cursors, video);
 *   fonts and tldraw's icons and translations come from /tldraw-assets on this origin;
 * - connections: this origin, the collab server and LiveKit only;
 * - never framed (frame-ancestors 'none'), no plugins, no <base> or form posts elsewhere.
 */
export function contentSecurityPolicy(settings: CspSettings): string {
  const connect = new Set(["'self'", ...originsOf(settings.collabUrl), ...originsOf(settings.livekitUrl)]);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${settings.nonce}' 'strict-dynamic'${settings.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "media-src 'self' blob: data:",
    `connect-src ${[...connect].join(" ")}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    ...(settings.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers for every response, pages and assets alike (next.config.ts). */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // The room uses the camera, microphone and screen sharing of this origin only; nothing else.
  {
    key: "Permissions-Policy",
    value: "camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()",
  },
];

/**
 * Headers of the code pad's sandbox files (/codepad-runtime/). A dedicated worker's
 * Content-Security-Policy is the one its script is served with, not the page's, so this is
 * what stands between the code a candidate wrote and the interviewer's session: nothing may
 * be requested (not even from this origin, where the cookies would go along), no script
 * loaded, no string evaluated; only WebAssembly may be compiled. The worker is one
 * self-contained file and gets Pyodide's files from the page. Revalidated on each load: the
 * names carry no version.
 */
export const SANDBOX_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: "default-src 'none'; script-src 'wasm-unsafe-eval'" },
  { key: "Cache-Control", value: "public, max-age=0, must-revalidate" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * Strict-Transport-Security when the app is served over HTTPS: browsers that saw it use
 * HTTPS only, for two years, on this host and its subdomains. Never when served over plain
 * HTTP (localhost dev): browsers ignore it there (RFC 6797), and it would say nothing true.
 * Set at request time by proxy.ts, which knows NEXTAUTH_URL; next.config.ts's headers are
 * fixed at build time, before the deployment's URL is known.
 */
export function strictTransportSecurity(https: boolean): string | undefined {
  return https ? "max-age=63072000; includeSubDomains" : undefined;
}
