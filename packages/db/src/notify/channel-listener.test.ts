import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import { z } from "zod";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { type ChannelListenerOptions, listenOnChannel } from "./channel-listener";

const Ping = z.strictObject({ n: z.number().int() });
type Ping = z.infer<typeof Ping>;
const CHANNEL = { name: "mockboard_test_pings", payload: Ping, maxPayloadBytes: 64 };

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** A listener on the test channel, closed when the test ends, and what it received. */
function listen(url = t.url, options: ChannelListenerOptions = {}) {
  const received: Ping[] = [];
  const listener = listenOnChannel(url, CHANNEL, (ping) => received.push(ping), options);
  onTestFinished(() => listener.close());
  return { listener, received };
}

async function notify(channel: string, ...payloads: string[]) {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    for (const payload of payloads) await client.query("select pg_notify($1, $2)", [channel, payload]);
  } finally {
    await client.end();
  }
}

async function listenersOnDatabase(): Promise<number> {
  const rows = await t.db.$queryRaw<{ count: bigint }[]>`
    select count(*) from pg_stat_activity where datname = current_database() and query like 'LISTEN%'`;
  return Number(rows[0]?.count);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a channel listener", () => {
  it("hands on each payload that passes the schema, and drops the rest without stopping", async () => {
    const { listener, received } = listen();
    await listener.ready;
    await notify(
      "mockboard_test_pings",
      "not json",
      JSON.stringify({ n: "one" }),
      JSON.stringify({ n: 1, x: 2 }),
    );
    await notify("mockboard_test_pings", JSON.stringify({ n: 1, pad: " ".repeat(64) }));
    await notify("mockboard_other_channel", JSON.stringify({ n: 2 }));
    await notify("mockboard_test_pings", JSON.stringify({ n: 3 }));
    await expect.poll(() => received.length).toBe(1);
    await sleep(100);
    expect(received).toEqual([{ n: 3 }]);
  });

  it("listens again after its connection is terminated, and says what it may have missed", async () => {
    const errors: Error[] = [];
    const gaps: { listenedBefore: boolean }[] = [];
    const { listener, received } = listen(t.url, {
      onError: (error) => errors.push(error),
      onReconnected: (gap) => gaps.push(gap),
    });
    await listener.ready;
    const killed = await t.db.$queryRaw<{ pg_terminate_backend: boolean }[]>`
      select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query like 'LISTEN%'`;
    expect(killed).toEqual([{ pg_terminate_backend: true }]);
    await expect.poll(() => listener.listening).toBe(false);
    await expect.poll(() => listener.listening).toBe(true);
    expect(gaps).toEqual([{ listenedBefore: true }]);
    expect(errors.length).toBeGreaterThan(0);
    await notify("mockboard_test_pings", JSON.stringify({ n: 4 }));
    await expect.poll(() => received).toEqual([{ n: 4 }]);
    expect(await listenersOnDatabase()).toBe(1);
  });

  it("keeps retrying while the database is unreachable, and stops once closed", async () => {
    const errors: Error[] = [];
    const { listener } = listen("postgres://nobody@127.0.0.1:1/none", {
      onError: (error) => errors.push(error),
    });
    await expect.poll(() => errors.length).toBeGreaterThanOrEqual(2);
    expect(listener.listening).toBe(false);
    await listener.close();
    const afterClose = errors.length;
    await sleep(1000);
    expect(errors.length).toBe(afterClose);
  });

  it("reports a gap before its first LISTEN as such, once the database can be reached", async () => {
    const name = `late_${randomBytes(6).toString("hex")}`;
    const gaps: { listenedBefore: boolean }[] = [];
    const { listener } = listen(t.url.replace(/\/[^/]+$/, `/${name}`), {
      onReconnected: (gap) => gaps.push(gap),
    });
    await sleep(300);
    expect(listener.listening).toBe(false);
    const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
      await listener.ready;
      expect(gaps).toEqual([{ listenedBefore: false }]);
      await listener.close();
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  it("leaves no connection behind when closed", async () => {
    const { listener } = listen();
    await listener.ready;
    expect(await listenersOnDatabase()).toBe(1);
    await listener.close();
    expect(listener.listening).toBe(false);
    await expect.poll(listenersOnDatabase).toBe(0);
  });

  it("refuses a channel name LISTEN would fold or could not take", () => {
    expect(() => listenOnChannel(t.url, { ...CHANNEL, name: "Mixed_Case" }, () => undefined)).toThrow();
    expect(() => listenOnChannel(t.url, { ...CHANNEL, name: "a; drop table x" }, () => undefined)).toThrow();
  });
});
