import { describe, expect, it } from "vitest";
import {
  hashPassword,
  PASSWORD_HASHING,
  PasswordHashingBusyError,
  passwordHashingStats,
  verifyAgainstNoAccount,
  verifyPassword,
} from "./passwords";

describe("password hashing", () => {
  it("checks a password against its hash and against nothing else", async () => {
    const stored = await hashPassword("correct horse");
    expect(await verifyPassword("correct horse", stored)).toBe(true);
    expect(await verifyPassword("wrong horse", stored)).toBe(false);
    expect(await verifyAgainstNoAccount("correct horse")).toBe(false);
  });

  it("answers an unknown account busy when a real check would be, and hashes nothing for it", async () => {
    const stored = await hashPassword("burst");
    // One real check first: it times what an unknown account is made to wait.
    await verifyPassword("burst", stored);
    const { concurrency, queue } = PASSWORD_HASHING;
    const filling = Array.from({ length: concurrency + queue }, () => verifyPassword("burst", stored));
    const before = passwordHashingStats().completed;
    await expect(verifyAgainstNoAccount("burst")).rejects.toBeInstanceOf(PasswordHashingBusyError);
    await Promise.all(filling);
    const afterBurst = passwordHashingStats().completed;
    expect(await verifyAgainstNoAccount("burst")).toBe(false);
    expect(passwordHashingStats().completed).toBe(afterBurst);
    expect(afterBurst - before).toBe(concurrency + queue);
  }, 60_000);

  it("never runs more than two scrypt hashes at once, queues the next eight and turns the rest away", async () => {
    const stored = await hashPassword("burst");
    const { concurrency, queue } = PASSWORD_HASHING;
    const burst = concurrency + queue + 4;
    const before = passwordHashingStats();
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: burst }, () => verifyPassword("burst", stored)),
    );
    const seconds = (performance.now() - started) / 1000;
    const accepted = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(accepted).toHaveLength(concurrency + queue);
    expect(refused).toHaveLength(4);
    for (const result of refused) expect(result.reason).toBeInstanceOf(PasswordHashingBusyError);
    const after = passwordHashingStats();
    expect(after.peak).toBe(concurrency);
    expect(after.refused - before.refused).toBe(4);
    expect(after).toMatchObject({ running: 0, waiting: 0 });
    console.log(
      `${burst} checks at once: ${accepted.length} done in ${seconds.toFixed(1)} s, at most ${after.peak} at a time, ${refused.length} refused`,
    );
    // The gate opens again once the burst is over.
    expect(await verifyPassword("burst", stored)).toBe(true);
  }, 60_000);
});
