import { createRateLimitPool } from "@mockboard/db";
import { createTestDatabase, type TestDatabase } from "@mockboard/db/testing";
// Declares what its global setup provides (the Postgres the test database is cloned on).
import type {} from "@mockboard/db/testing/global-setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "./http/http-error";
import { BackoffLimiter, type LimitRule, postgresStore } from "./rate-limits";

let t: TestDatabase;
const pools: ReturnType<typeof createRateLimitPool>[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await t.drop();
});

/** A limiter on the test database, as one web instance would have it (its own pool). */
function instance(rule: LimitRule, url = t.url): BackoffLimiter {
  const pool = createRateLimitPool(url, { max: 2 });
  pools.push(pool);
  return new BackoffLimiter(rule, postgresStore(pool));
}

let ruleCount = 0;
const rule = (overrides: Partial<LimitRule> = {}): LimitRule => ({
  name: `test_rule_${++ruleCount}`,
  points: 3,
  windowSeconds: 60,
  blockSeconds: 30,
  maxBlockSeconds: 120,
  message: "Too many tries.",
  ...overrides,
});

/** The HttpError a consume threw, or null when it was let through. */
async function refusal(limiter: BackoffLimiter, key: string): Promise<HttpError | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("rate limits", () => {
  it("let the allowed attempts through and answer the next with 429 and Retry-After", async () => {
    const limiter = instance(rule());
    for (let i = 0; i < 3; i++) expect(await refusal(limiter, "ada@example.com")).toBeNull();
    const refused = await refusal(limiter, "ada@example.com");
    expect(refused?.status).toBe(429);
    expect(refused?.headers).toEqual({ "retry-after": "30" });
    expect(refused?.message).toBe("Too many tries. Try again in 30 seconds.");
    // Still blocked, with what is left of the block.
    const again = await refusal(limiter, "ada@example.com");
    expect(Number(again?.headers?.["retry-after"])).toBeGreaterThan(25);
    // Other keys are not affected.
    expect(await refusal(limiter, "bob@example.com")).toBeNull();
  });

  it("double the block each time the same key is blocked again, up to the cap", async () => {
    const limiter = instance(rule({ points: 1, blockSeconds: 1, maxBlockSeconds: 3 }));
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      expect(await refusal(limiter, "10.0.0.1")).toBeNull();
      const refused = await refusal(limiter, "10.0.0.1");
      const wait = Number(refused?.headers?.["retry-after"]);
      waits.push(wait);
      await sleep(wait * 1000 + 100);
    }
    expect(waits).toEqual([1, 2, 3]);
  }, 20_000);

  it("hold across web instances: two instances count in the same table", async () => {
    const shared = rule();
    const [first, second] = [instance(shared), instance(shared)];
    expect(await refusal(first, "carol@example.com")).toBeNull();
    expect(await refusal(second, "carol@example.com")).toBeNull();
    expect(await refusal(first, "carol@example.com")).toBeNull();
    expect((await refusal(second, "carol@example.com"))?.status).toBe(429);
    expect((await refusal(first, "carol@example.com"))?.status).toBe(429);
  });

  it("count a burst of parallel attempts exactly", async () => {
    const limiter = instance(rule({ points: 5 }));
    const results = await Promise.all(Array.from({ length: 12 }, () => refusal(limiter, "burst")));
    expect(results.filter((result) => result === null)).toHaveLength(5);
    expect(results.filter((result) => result?.status === 429)).toHaveLength(7);
  });

  it("give attempts back on refund and forget a key on clear", async () => {
    const limiter = instance(rule({ points: 2 }));
    await limiter.consume("dan");
    await limiter.consume("dan");
    await limiter.refund("dan");
    expect(await refusal(limiter, "dan")).toBeNull();
    await limiter.clear("dan");
    expect(await refusal(limiter, "dan")).toBeNull();
    expect(await refusal(limiter, "dan")).toBeNull();
    expect((await refusal(limiter, "dan"))?.status).toBe(429);
  });

  it("store only hashes of the keys, never an email or an address", async () => {
    const limiter = instance(rule());
    await limiter.consume("erin@example.com");
    await limiter.consume("198.51.100.23");
    const rows = await t.db.rateLimit.findMany({ select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).not.toContain("@");
      expect(key).not.toContain("198.51");
    }
  });

  it("keep limiting on the in-memory insurance when Postgres cannot be reached", async () => {
    const unreachable = "postgresql://nobody@127.0.0.1:1/nothing";
    const limiter = instance(rule(), unreachable);
    for (let i = 0; i < 3; i++) expect(await refusal(limiter, "frank@example.com")).toBeNull();
    expect((await refusal(limiter, "frank@example.com"))?.status).toBe(429);
  });
});
