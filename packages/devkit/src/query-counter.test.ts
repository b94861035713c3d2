import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./ports";
import { type PostgresHandle, startPostgres } from "./postgres";
import { type QueryCounter, startQueryCounter } from "./query-counter";

let postgres: PostgresHandle;
let counter: QueryCounter;
const dataDir = mkdtempSync(join(tmpdir(), "devkit-query-counter-"));

beforeAll(async () => {
  postgres = await startPostgres({ dataDir, port: await freePort(), persistent: false });
  counter = await startQueryCounter(postgres.urlFor("postgres"));
});
afterAll(async () => {
  await counter?.stop();
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the query counter", () => {
  it("counts simple and prepared statements through the proxy and passes their results back", async () => {
    const client = new pg.Client({ connectionString: counter.url });
    await client.connect();
    counter.reset();
    const simple = await client.query("select 1 as one");
    const prepared = await client.query("select $1::int + 1 as two", [1]);
    await client.query({ name: "named", text: "select $1::text as three", values: ["3"] });
    await client.query({ name: "named", text: "select $1::text as three", values: ["3"] });
    await client.end();
    expect([simple.rows[0]?.one, prepared.rows[0]?.two]).toEqual([1, 2]);
    expect(counter.statements().map((statement) => statement.sql)).toEqual([
      "select 1 as one",
      "select $1::int + 1 as two",
      "select $1::text as three",
      "select $1::text as three",
    ]);
  });
});
