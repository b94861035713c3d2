import { type ZodType, z } from "zod";
import { HttpError } from "./http-error";

export type BodyKind = "json" | "form";

const MEDIA_TYPES: Record<BodyKind, string> = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
};

/** The media type without parameters: "application/json; charset=utf-8" is application/json. */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function invalid(error: z.ZodError): HttpError {
  return new HttpError(400, "Invalid request", z.flattenError(error).fieldErrors);
}

/**
 * Reads a body whose media type is exactly one the route accepts (JSON, and a plain form
 * post where an HTML form posts here), validated by the route's schema.
 */
export async function readBody<B>(
  request: Request,
  schema: ZodType<B>,
  accepts: readonly BodyKind[],
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
  let raw: unknown;
  try {
    raw = kind === "json" ? await request.json() : Object.fromEntries(await request.formData());
  } catch {
    throw new HttpError(
      400,
      kind === "json" ? "The request body is not valid JSON" : "The form is malformed",
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  return { kind, body: parsed.data };
}
