import "server-only";
import { NotFoundError } from "@mockboard/db";
import { notFound } from "next/navigation";
import type { ZodType } from "zod";

/** Pages answer a path that names nothing, or something the viewer may not know of, with the 404 page. */
export function paramsOrNotFound<P>(schema: ZodType<P>, params: unknown): P {
  const parsed = schema.safeParse(params);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Awaits a db read; its NotFoundError becomes the 404 page, anything else propagates. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
