/** The thing does not exist, or the caller may not know it exists. */
export class NotFoundError extends Error {}

/** The caller is known but not allowed to do this. */
export class ForbiddenError extends Error {}

/** The request is valid but the thing is not in a state that allows it (e.g. released twice). */
export class ConflictError extends Error {}

/** The caller used up a quota (sessions per day, board storage); says when or how to go on. */
export class QuotaExceededError extends Error {}
