import "server-only";
import { NextResponse } from "next/server";
import { type ZodType, z } from "zod";
import { logger } from "./logger";

/** An error whose message is safe to show the caller. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function jsonError(status: number, message: string, details?: unknown) {
  return NextResponse.json({ error: message, ...(details ? { details } : {}) }, { status });
}

/** Parses a JSON body with a zod schema; throws a 400/415 HttpError on bad input. */
export async function readJson<T>(request: Request, schema: ZodType<T>): Promise<T> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json"))
    throw new HttpError(415, "Send a JSON body (Content-Type: application/json)");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new HttpError(400, "The request body is not valid JSON");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, "Invalid request", z.flattenError(parsed.error).fieldErrors);
  return parsed.data;
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: HttpErrors become their status, anything else a logged 500. */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof HttpError) return jsonError(error.status, error.message, error.details);
      logger.error({ err: error, url: request.url, method: request.method }, "unhandled route error");
      return jsonError(500, "Something went wrong on our side");
    }
  };
}
