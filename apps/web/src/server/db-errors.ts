import "server-only";
import { ForbiddenError, NotFoundError } from "@mockboard/db";
import { HttpError } from "./http";

/** Maps data-layer refusals to HTTP statuses; anything else propagates. */
export async function mapDbErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) throw new HttpError(404, error.message);
    if (error instanceof ForbiddenError) throw new HttpError(403, error.message);
    throw error;
  }
}
