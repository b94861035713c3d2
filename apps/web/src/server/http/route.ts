import "server-only";
import { ConflictError, ForbiddenError, NotFoundError, QuotaExceededError } from "@mockboard/db";
import type { ZodType } from "zod";
import { logger } from "../logger";
import { HttpError } from "./http-error";
import { type BodyKind, invalid, readBody } from "./request-body";
import { jsonError } from "./respond";

/** What a route handler accepts. Every part that is named is validated before the handler runs. */
export interface RouteSpec<U, P, Q, B> {
  /** Runs first, so a caller who is not signed in hears 401 before any validation detail. */
  authenticate?: () => Promise<U>;
  /** Path parameters. A value that fails is a URL that names nothing: 404. */
  params?: ZodType<P>;
  /** Search parameters (400 when invalid). */
  query?: ZodType<Q>;
  /** The request body and the media types it may come in (JSON unless a form posts here). */
  body?: { schema: ZodType<B>; accepts?: readonly BodyKind[] };
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
  return null;
}

/**
 * The HTTP kernel: authenticates, validates path, search and body, runs the handler, and
 * answers HttpError and the db layer's NotFound / Forbidden / Conflict with 4xx; anything
 * else is logged and answered with a bare 500.
 */
export function route<U = undefined, P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<U, P, Q, B>,
  handler: (input: RouteInput<U, P, Q, B>) => Promise<Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = (await spec.authenticate?.()) as U;
      let params = undefined as P;
      if (spec.params) {
        const parsed = spec.params.safeParse(await context.params);
        if (!parsed.success) throw new HttpError(404, "Not found");
        params = parsed.data;
      }
      let query = undefined as Q;
      if (spec.query) {
        const parsed = spec.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) throw invalid(parsed.error);
        query = parsed.data;
      }
      let body = undefined as B;
      let bodyKind: BodyKind | null = null;
      if (spec.body) {
        ({ body, kind: bodyKind } = await readBody(request, spec.body.schema, spec.body.accepts ?? ["json"]));
      }
      return await handler({ request, user, params, query, body, bodyKind });
    } catch (error) {
      const known = statusOf(error);
      if (known) return jsonError(known.status, known.message, known.details);
      logger().error({ err: error, url: request.url, method: request.method }, "unhandled route error");
      return jsonError(500, "Something went wrong on our side");
    }
  };
}
