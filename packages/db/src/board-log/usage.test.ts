import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { type BoardLogUsage, createBoardLogUsage, USER_BYTES_SQL } from "./usage";

let t: TestDatabase;
let usage: BoardLogUsage;
beforeAll(async () => {
  t = await createTestDatabase();
  usage = createBoardLogUsage(t.url, { maxConnections: 1 });
  // A log of 40,000 updates by 400 people over 500 documents, 30 to 129 bytes each.
  await t.db.$executeRaw`
    insert into "BoardUpdate" ("docId", "seq", "userId", "bytes")
    select 'doc-' || (i % 500), i, 'user-' || (i % 400), decode(repeat('ab', 30 + (i % 100)), 'hex')
    from generate_series(1, 40000) i`;
  await t.db.$executeRaw`analyze "BoardUpdate"`;
});
afterAll(async () => {
  await usage.close();
  await t.drop();
});

describe("board log usage", () => {
  it("counts every byte one person stored, across documents", async () => {
    const rows = await t.db.$queryRaw<{ bytes: bigint }[]>`
      select sum(30 + (i % 100))::bigint as bytes from generate_series(1, 40000) i where i % 400 = 42`;
    expect(await usage.userBytes("user-42")).toBe(Number(rows[0]?.bytes));
    expect(await usage.userBytes("nobody")).toBe(0);
  });

  it("counts a document's snapshots with its log, and not against anyone", async () => {
    const logOnly = await usage.docBytes("doc-7");
    const userBefore = await usage.userBytes("user-7");
    await t.db.boardSnapshot.create({ data: { docId: "doc-7", seq: 40_000, state: new Uint8Array(1234) } });
    expect(await usage.docBytes("doc-7")).toBe(logOnly + 1234);
    expect(await usage.userBytes("user-7")).toBe(userBefore);
    expect(await usage.docBytes("nothing-here")).toBe(0);
  });

  it("finds one person's updates through the userId index rather than reading the whole log", async () => {
    const plan = await t.db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `explain (generic_plan) ${USER_BYTES_SQL}`,
    );
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain('"BoardUpdate_userId_idx"');
    expect(text).not.toContain("Seq Scan");
  });
});
