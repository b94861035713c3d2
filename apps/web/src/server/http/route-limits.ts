import "server-only";
import { clientIp } from "../client-ip";
import { env } from "../env";
import { LIMITS, type LimitRule, limiter } from "../rate-limits";

/**
 * Route handlers whose every call is rate limited, per signed-in user and per address.
 * Kept beside the kernel so the limits are read in one place; sign-in and registration
 * count in their own handlers (they limit per account, which only their bodies name).
 */
const ROUTE_LIMITS: readonly { method: string; path: RegExp; perUser: LimitRule; perIp: LimitRule }[] = [
  {
    // Minting a board token signs a JWT and opens a websocket's worth of work on the collab server.
    method: "POST",
    path: /^\/api\/sessions\/[^/]+\/board-token$/,
    perUser: LIMITS.boardTokenPerUser,
    perIp: LIMITS.boardTokenPerIp,
  },
  {
    // Minting a LiveKit token: the same kind of work for the video server.
    method: "POST",
    path: /^\/api\/sessions\/[^/]+\/video-token$/,
    perUser: LIMITS.videoTokenPerUser,
    perIp: LIMITS.videoTokenPerIp,
  },
];

function userIdOf(user: unknown): string | null {
  if (typeof user !== "object" || user === null || !("id" in user)) return null;
  return typeof user.id === "string" ? user.id : null;
}

/** Counts this call against its route's limits, or throws the 429 (with Retry-After). */
export async function enforceRouteLimits(request: Request, user: unknown): Promise<void> {
  const { pathname } = new URL(request.url);
  const limits = ROUTE_LIMITS.find((entry) => entry.method === request.method && entry.path.test(pathname));
  if (!limits) return;
  const userId = userIdOf(user);
  if (userId) await limiter(limits.perUser).consume(userId);
  await limiter(limits.perIp).consume(clientIp(request.headers, env().TRUSTED_PROXY_HOPS));
}
