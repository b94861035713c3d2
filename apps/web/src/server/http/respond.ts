import { NextResponse } from "next/server";
import type { ZodType } from "zod";

/**
 * A JSON response built from an explicit schema: fields the schema does not name (a
 * column a query happened to select) never reach the caller.
 */
export function respond<T>(schema: ZodType<T>, body: T, init?: ResponseInit): NextResponse {
  return NextResponse.json(schema.parse(body), init);
}

export function jsonError(
  status: number,
  message: string,
  details?: unknown,
  headers?: Record<string, string>,
): NextResponse {
  return NextResponse.json({ error: message, ...(details ? { details } : {}) }, { status, headers });
}
