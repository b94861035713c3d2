import { type ZodType, z } from "zod";
import { HttpError } from "./http-error";
import { fieldWithUnstorableText, unstorableTextDetails } from "./text-rule";

export type BodyKind = "json" | "form";

const MEDIA_TYPES: Record<BodyKind, string> = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
};

/**
 * The largest body a route reads unless it says otherwise: a long cohort prompt is tens
 * of kilobytes; megabytes are an attack on memory and on Postgres's full-text index.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** The media type without parameters: "application/json; charset=utf-8" is application/json. */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function invalid(error: z.ZodError): HttpError {
  return new HttpError(400, "Invalid request", z.flattenError(error).fieldErrors);
}

/** Throws the 400 that names the first field of `raw` whose text breaks the text rule. */
export function requireStorableText(raw: unknown): void {
  const field = fieldWithUnstorableText(raw);
  if (field) throw new HttpError(400, "Invalid request", unstorableTextDetails(field));
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, `The request body is larger than ${Math.round(maxBytes / 1024)} KB`);
}

/**
 * The body as text, refusing it with 413 as soon as it passes `maxBytes`: by its declared
 * Content-Length before reading anything, or while streaming when no length was declared.
 */
export async function readBodyText(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads a body whose media type is exactly one the route accepts (JSON, and a plain form
 * post where an HTML form posts here), at most `maxBytes` long, whose text keeps the text
 * rule (text-rule.ts), validated by the route's schema.
 */
export async function readBody<B>(
  request: Request,
  schema: ZodType<B>,
  accepts: readonly BodyKind[],
  maxBytes: number = MAX_BODY_BYTES,
): Promise<{ kind: BodyKind; body: B }> {
  const type = mediaTypeOf(request);
  const kind = accepts.find((candidate) => MEDIA_TYPES[candidate] === type);
  if (!kind) {
    throw new HttpError(
      415,
      accepts.includes("form")
        ? "Send JSON (Content-Type: application/json) or a form post"
        : "Send a JSON body (Content-Type: application/json)",
    );
  }
  const text = await readBodyText(request, maxBytes);
  let raw: unknown;
  try {
    raw = kind === "json" ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
  } catch {
    throw new HttpError(
      400,
      kind === "json" ? "The request body is not valid JSON" : "The form is malformed",
    );
  }
  requireStorableText(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  return { kind, body: parsed.data };
}
