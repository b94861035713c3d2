import { NextResponse } from "next/server";
import { z } from "zod";

/**
 * A JSON response built from an explicit schema: fields the schema does not name (a
 * column a query happened to select) never reach the caller. Any zod schema will do, a
 * zod/mini one too (those the browser also parses).
 */
export function respond<T>(schema: z.core.$ZodType<T>, body: T, init?: ResponseInit): NextResponse {
  return NextResponse.json(z.parse(schema, body), init);
}

export function jsonError(
  status: number,
  message: string,
  details?: unknown,
  headers?: Record<string, string>,
): NextResponse {
  return NextResponse.json({ error: message, ...(details ? { details } : {}) }, { status, headers });
}
