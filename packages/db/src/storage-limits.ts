/**
 * How much one person and one session may store of what people write in the web app, so
 * no one can fill the database (issue #19, finding 6). Generous for a real interview: an
 * hour's notes are tens of kilobytes, a timer is changed a few dozen times, a call logs a
 * few hundred joins, leaves and publications. A write past a cap is refused (ConflictError,
 * 409) and stores nothing; shrinking and deleting always work. The board's own quotas are
 * the collab server's (BOARD_LOG_QUOTA_BYTES, BOARD_USER_QUOTA_BYTES).
 */
export const STORAGE_LIMITS = {
  /** Notes one person keeps in one session. */
  notesPerSessionPerAuthor: 500,
  /** Bytes (UTF-8) of note text one person keeps in one session. */
  noteBytesPerSessionPerAuthor: 1024 * 1024,
  /** Bytes of note text one person keeps across all sessions. */
  noteBytesPerAuthor: 32 * 1024 * 1024,
  /** Pauses, resumes, next phases and added time in one session. */
  timerChangesPerSession: 100,
  /** Video joins, leaves and track publications LiveKit reports for one session. */
  videoEventsPerSession: 2_000,
} as const;

export type StorageLimits = { [K in keyof typeof STORAGE_LIMITS]: number };
