/** The thing does not exist, or the caller may not know it exists. */
export class NotFoundError extends Error {}

/** The caller is known but not allowed to do this. */
export class ForbiddenError extends Error {}
