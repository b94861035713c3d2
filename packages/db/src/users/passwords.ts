import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// OWASP's scrypt baseline (N=2^17, r=8, p=1); parameters are stored with the hash so
// they can be raised later without invalidating existing passwords. Each run holds
// 128 * N * r bytes = 128 MiB for a few hundred milliseconds.
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAX_MEMORY = 256 * 1024 * 1024;

/**
 * How many scrypt runs this process does at once (2 x 128 MiB), and how many may wait for
 * a turn (about as long as a few seconds of hashing) before the next caller is told to
 * come back later. Without a cap a burst of sign-ins or registrations takes all memory and
 * every libuv thread.
 */
export const PASSWORD_HASHING = { concurrency: 2, queue: 8, retryAfterSeconds: 2 } as const;

/** Too many passwords are being hashed right now; the caller answers 503 with Retry-After. */
export class PasswordHashingBusyError extends Error {
  readonly retryAfterSeconds = PASSWORD_HASHING.retryAfterSeconds;
  constructor() {
    super("The server is busy checking passwords; try again in a moment");
  }
}

const gate = { running: 0, peak: 0, completed: 0, refused: 0, waiting: [] as (() => void)[] };

/** What the hashing gate has done in this process (for tests and metrics). */
export function passwordHashingStats() {
  return {
    running: gate.running,
    waiting: gate.waiting.length,
    peak: gate.peak,
    completed: gate.completed,
    refused: gate.refused,
  };
}

async function withHashingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (gate.running < PASSWORD_HASHING.concurrency) {
    gate.running++;
  } else if (gate.waiting.length >= PASSWORD_HASHING.queue) {
    gate.refused++;
    throw new PasswordHashingBusyError();
  } else {
    // A finishing run hands its slot straight to the next in line (running stays the same).
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  }
  gate.peak = Math.max(gate.peak, gate.running);
  try {
    return await work();
  } finally {
    gate.completed++;
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running--;
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await withHashingSlot(() =>
    scryptAsync(password, salt, KEY_LENGTH, { ...PARAMS, maxmem: MAX_MEMORY }),
  );
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/**
 * How long checking a password has taken here lately, waiting for a turn included (a
 * moving average): what an unknown email is made to wait instead of hashing.
 */
const checkTime = { averageMs: 0, samples: 0 };

function recordCheckTime(ms: number): void {
  checkTime.averageMs = checkTime.samples === 0 ? ms : checkTime.averageMs * 0.8 + ms * 0.2;
  checkTime.samples++;
}

/** What checking a password costs now, as an unknown email is made to wait it (0 before the first check). */
export function passwordCheckEstimateMs(): number {
  return checkTime.averageMs;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const started = performance.now();
  const actual = await withHashingSlot(() =>
    scryptAsync(password, Buffer.from(salt, "base64"), expected.length, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: MAX_MEMORY,
    }),
  );
  recordCheckTime(performance.now() - started);
  return timingSafeEqual(actual, expected);
}

// The hash of 32 random bytes nobody kept, with today's parameters: checking a password
// against it costs exactly what checking a real account's does, and never matches.
const DUMMY_HASH = "scrypt$131072$8$1$hEYsG6cnWmr55EzfsyKbWg==$jdUFEuv2lPjLPqGhHEwKCEbr7dyIqmP7hScaYvlrVYY=";

/**
 * Checking a password for an account that does not exist (or has no password): always
 * false, after as long as a real check takes here lately, and busy when a real one would be.
 * It hashes nothing (once, to learn how long a check takes, before any real one was
 * timed), so emails nobody has cannot fill the hashing gate that real sign-ins wait for.
 */
export async function verifyAgainstNoAccount(password: string): Promise<false> {
  if (checkTime.samples === 0) {
    await verifyPassword(password, DUMMY_HASH);
    return false;
  }
  if (gate.running >= PASSWORD_HASHING.concurrency && gate.waiting.length >= PASSWORD_HASHING.queue) {
    gate.refused++;
    throw new PasswordHashingBusyError();
  }
  await new Promise((resolve) => setTimeout(resolve, checkTime.averageMs));
  return false;
}
