import "server-only";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PasswordHashingBusyError,
  QuotaExceededError,
} from "@mockboard/db";
import type { ZodType } from "zod";
import { env } from "../env";
import { logger } from "../logger";
import { CROSS_SITE_MESSAGE, changesState, isCrossSite } from "./cross-site";
import { HttpError, tryAgainLater } from "./http-error";
import { type BodyKind, invalid, readBody, requireStorableText } from "./request-body";
import { jsonError } from "./respond";
import { enforceRouteLimits } from "./route-limits";

/** What a route handler accepts. Every part that is named is validated before the handler runs. */
export interface RouteSpec<U, P, Q, B> {
  /** Runs first, so a caller who is not signed in hears 401 before any validation detail. */
  authenticate?: () => Promise<U>;
  /** Path parameters. A value that fails is a URL that names nothing: 404. */
  params?: ZodType<P>;
  /** Search parameters (400 when invalid). */
  query?: ZodType<Q>;
  /**
   * The request body, the media types it may come in (JSON unless a form posts here) and
   * its largest size (MAX_BODY_BYTES, 256 KB, unless given; larger is a 413).
   */
  body?: { schema: ZodType<B>; accepts?: readonly BodyKind[]; maxBytes?: number };
}

export interface RouteInput<U, P, Q, B> {
  request: Request;
  user: U;
  params: P;
  query: Q;
  body: B;
  bodyKind: BodyKind | null;
}

/** Next hands route handlers their dynamic segments as a promise. */
type RouteContext = { params: Promise<unknown> };

/** The data layer's refusals become HTTP statuses here and nowhere else. */
function statusOf(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof NotFoundError) return new HttpError(404, error.message || "Not found");
  if (error instanceof ForbiddenError) return new HttpError(403, error.message || "Forbidden");
  if (error instanceof ConflictError) return new HttpError(409, error.message || "Conflict");
  if (error instanceof QuotaExceededError) return new HttpError(429, error.message || "Too many requests");
  if (error instanceof PasswordHashingBusyError)
    return tryAgainLater(503, error.message, error.retryAfterSeconds);
  if (isWriteConflict(error)) {
    return new HttpError(409, "Someone else changed this at the same moment; reload and try again");
  }
  return null;
}

/**
 * Two requests that raced to write the same row: a unique violation (Prisma P2002, or
 * Postgres 23505 from a raw query through the driver adapter) or a serialization failure
 * (P2034, 40001). Whatever the handler, the caller can retry: 409, not 500.
 */
function isWriteConflict(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === "object" && depth < 5; depth++) {
    const { code, kind } = cause as { code?: unknown; kind?: unknown };
    if (code === "P2002" || code === "P2034" || code === "23505" || code === "40001") return true;
    if (kind === "UniqueConstraintViolation" || kind === "TransactionWriteConflict") return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The HTTP kernel: refuses a state-changing request from another site (403), authenticates,
 * counts the call against its route's rate limits (429), validates path, search and body
 * (404, 400, 413, 415; text that breaks the text rule is a 400 naming the field), runs the handler, and answers HttpError and the db layer's
 * NotFound / Forbidden / Conflict / QuotaExceeded with 4xx, a racing write with 409 and a
 * saturated password hasher with 503; anything else is logged and answered with a bare 500.
 */
export function route<U = undefined, P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<U, P, Q, B>,
  handler: (input: RouteInput<U, P, Q, B>) => Promise<Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      if (changesState(request.method) && isCrossSite(request.headers, env().NEXTAUTH_URL)) {
        throw new HttpError(403, CROSS_SITE_MESSAGE);
      }
      const user = (await spec.authenticate?.()) as U;
      await enforceRouteLimits(request, user);
      let params = undefined as P;
      if (spec.params) {
        const raw = await context.params;
        requireStorableText(raw);
        const parsed = spec.params.safeParse(raw);
        if (!parsed.success) throw new HttpError(404, "Not found");
        params = parsed.data;
      }
      let query = undefined as Q;
      if (spec.query) {
        const raw = Object.fromEntries(new URL(request.url).searchParams);
        requireStorableText(raw);
        const parsed = spec.query.safeParse(raw);
        if (!parsed.success) throw invalid(parsed.error);
        query = parsed.data;
      }
      let body = undefined as B;
      let bodyKind: BodyKind | null = null;
      if (spec.body) {
        ({ body, kind: bodyKind } = await readBody(
          request,
          spec.body.schema,
          spec.body.accepts ?? ["json"],
          spec.body.maxBytes,
        ));
      }
      return await handler({ request, user, params, query, body, bodyKind });
    } catch (error) {
      const known = statusOf(error);
      if (known) return jsonError(known.status, known.message, known.details, known.headers);
      logger().error({ err: error, url: request.url, method: request.method }, "unhandled route error");
      return jsonError(500, "Something went wrong on our side");
    }
  };
}
