import "server-only";
import { createHash } from "node:crypto";
import { createRateLimitPool, RATE_LIMIT_TABLE } from "@mockboard/db";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { env } from "./env";
import { tryAgainLater } from "./http/http-error";

/**
 * One limit: `points` attempts per `windowSeconds` for one key (an IP, an account). The
 * attempt past the limit blocks the key for `blockSeconds`, doubling with each further
 * block of that key within a day (back-off), up to `maxBlockSeconds`.
 */
export interface LimitRule {
  /** Key prefix in the shared table. */
  name: string;
  points: number;
  windowSeconds: number;
  blockSeconds: number;
  maxBlockSeconds: number;
  /** Said with the 429, before "Try again in ...". */
  message: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The limits, in one place. Sign-in counts every attempt up front (so a burst cannot run
 * ahead of the count) and gives back what succeeded; an address shared by a classroom or
 * office gets 30 wrong passwords per quarter hour before it waits.
 */
export const LIMITS = {
  /** Wrong passwords for one account from one address: the tight one, reset by a success. */
  signInPerAccountAndIp: {
    name: "signin_account_ip",
    points: 5,
    windowSeconds: 15 * MINUTE,
    blockSeconds: MINUTE,
    maxBlockSeconds: HOUR,
    message: "Too many wrong passwords for this account.",
  },
  /**
   * Wrong passwords from a browser that signed in to the account before (trusted-browser.ts):
   * counted instead of the three others, so guessing elsewhere never locks its owner out.
   */
  signInPerTrustedBrowser: {
    name: "signin_trusted_browser",
    points: 5,
    windowSeconds: 15 * MINUTE,
    blockSeconds: MINUTE,
    maxBlockSeconds: HOUR,
    message: "Too many wrong passwords for this account.",
  },
  /**
   * Wrong passwords for one account from anywhere (guessing spread over many addresses);
   * a browser the owner signed in with before is not counted or held back by it.
   */
  signInPerAccount: {
    name: "signin_account",
    points: 20,
    windowSeconds: HOUR,
    blockSeconds: 15 * MINUTE,
    maxBlockSeconds: DAY,
    message: "Too many sign-in attempts for this account.",
  },
  /** Wrong passwords from one address, whatever the account (trying one password on many). */
  signInPerIp: {
    name: "signin_ip",
    points: 30,
    windowSeconds: 15 * MINUTE,
    blockSeconds: 15 * MINUTE,
    maxBlockSeconds: DAY,
    message: "Too many sign-in attempts from your network.",
  },
  registerPerIp: {
    name: "register_ip",
    points: 20,
    windowSeconds: HOUR,
    blockSeconds: HOUR,
    maxBlockSeconds: DAY,
    message: "Too many new accounts from your network.",
  },
  /** Registering one email again and again is probing, not signing up. */
  registerPerEmail: {
    name: "register_email",
    points: 3,
    windowSeconds: HOUR,
    blockSeconds: HOUR,
    maxBlockSeconds: DAY,
    message: "Too many attempts to register this email.",
  },
  /** A board fetches a token per (re)connect: a few a minute; a loop is a bug or an attack. */
  boardTokenPerUser: {
    name: "board_token_user",
    points: 60,
    windowSeconds: MINUTE,
    blockSeconds: MINUTE,
    maxBlockSeconds: 15 * MINUTE,
    message: "Too many board connections.",
  },
  boardTokenPerIp: {
    name: "board_token_ip",
    points: 300,
    windowSeconds: MINUTE,
    blockSeconds: MINUTE,
    maxBlockSeconds: 15 * MINUTE,
    message: "Too many board connections from your network.",
  },
  /** The video dock fetches a token on join and about every 8 minutes while in the room. */
  videoTokenPerUser: {
    name: "video_token_user",
    points: 30,
    windowSeconds: MINUTE,
    blockSeconds: MINUTE,
    maxBlockSeconds: 15 * MINUTE,
    message: "Too many video connections.",
  },
  videoTokenPerIp: {
    name: "video_token_ip",
    points: 150,
    windowSeconds: MINUTE,
    blockSeconds: MINUTE,
    maxBlockSeconds: 15 * MINUTE,
    message: "Too many video connections from your network.",
  },
} as const satisfies Record<string, LimitRule>;

/** Makes the counter store for one key prefix. */
export type LimiterStore = (options: {
  keyPrefix: string;
  points: number;
  duration: number;
}) => RateLimiterAbstract;

type Pool = ReturnType<typeof createRateLimitPool>;

/**
 * Counters in Postgres (the `rate_limits` table every web instance shares), with an
 * in-memory limiter of the same shape as insurance: if Postgres fails, each instance
 * still limits on its own until it is back.
 */
export function postgresStore(pool: Pool): LimiterStore {
  return ({ keyPrefix, points, duration }) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix,
      points,
      duration,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
    });
}

/** Keys are hashed: the table never holds an email or an address. */
function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 32);
}

/** A limit with exponential back-off, over any store. */
export class BackoffLimiter {
  private readonly attempts: RateLimiterAbstract;
  /** How often this key was blocked in the last day: each block lasts twice the one before. */
  private readonly blocks: RateLimiterAbstract;

  constructor(
    readonly rule: LimitRule,
    store: LimiterStore,
  ) {
    this.attempts = store({ keyPrefix: rule.name, points: rule.points, duration: rule.windowSeconds });
    this.blocks = store({ keyPrefix: `${rule.name}_blocks`, points: 1_000_000, duration: DAY });
  }

  /** Counts an attempt, or throws a 429 (Retry-After) when the key is over its limit or blocked. */
  async consume(key: string, points = 1): Promise<void> {
    const hashed = hashKey(key);
    try {
      await this.attempts.consume(hashed, points);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      let waitMs = error.msBeforeNext;
      // Only the attempt that crosses the limit starts a block; later ones hear how long it has left.
      if (error.consumedPoints - points <= this.rule.points) {
        const seconds = await this.nextBlockSeconds(hashed);
        await this.attempts.block(hashed, seconds);
        waitMs = seconds * 1000;
      }
      throw tryAgainLater(429, this.rule.message, waitMs / 1000);
    }
  }

  /** Gives back an attempt that turned out not to count (a success, a request refused for another reason). */
  async refund(key: string, points = 1): Promise<void> {
    await this.attempts.reward(hashKey(key), points);
  }

  /** Forgets the key's attempts (a correct password ends a run of wrong ones). */
  async clear(key: string): Promise<void> {
    await this.attempts.delete(hashKey(key));
  }

  private async nextBlockSeconds(hashed: string): Promise<number> {
    const blocked = await this.blocks.consume(hashed).catch((error: unknown) => {
      if (error instanceof RateLimiterRes) return error;
      throw error;
    });
    const previous = Math.max(0, blocked.consumedPoints - 1);
    return Math.min(this.rule.blockSeconds * 2 ** previous, this.rule.maxBlockSeconds);
  }
}

// One pool and one limiter per rule per server process; kept on globalThis so dev hot
// reloads reuse them.
const holder = globalThis as unknown as {
  mockboardLimits?: { store: LimiterStore; limiters: Map<string, BackoffLimiter> };
};

/** The process's limiter for `rule`, counting in the shared Postgres table. */
export function limiter(rule: LimitRule): BackoffLimiter {
  holder.mockboardLimits ??= {
    store: postgresStore(createRateLimitPool(env().DATABASE_URL)),
    limiters: new Map(),
  };
  const { store, limiters } = holder.mockboardLimits;
  let found = limiters.get(rule.name);
  if (!found) {
    found = new BackoffLimiter(rule, store);
    limiters.set(rule.name, found);
  }
  return found;
}
