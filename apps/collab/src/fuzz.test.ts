import { createTestDatabase, type TestDatabase } from "@mockboard/db/testing";
import { boardSubprotocols, CloseCode } from "@mockboard/protocol";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeAwareness, encodeSyncStep1, encodeSyncUpdate } from "./messages";
import {
  connectClient,
  connectRaw,
  type RawClient,
  recordUpdates,
  sleep,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
} from "./testing/harness";

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed1);
const FUZZ_DOC = "doc-fuzzed01";
const QUIET_DOC = "doc-bystander";

/** mulberry32: small, fast, good enough to make the attack reproducible from its seed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const bytes = (length: number) => Uint8Array.from({ length }, () => int(0, 255));
  return { next, int, bytes };
}
type Rng = ReturnType<typeof seeded>;

interface Attack {
  name: string;
  /** The close code the server must answer with; null when a random mutation may happen to be valid. */
  expected: number | null;
  run(client: RawClient, rng: Rng): void;
}

const validUpdate = recordUpdates(1, "probe")[0] ?? new Uint8Array();
const frameOf = (type: number, payload: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
};

let limits: TestServer["limits"];
const attacks: Attack[] = [
  {
    name: "unknown message type with random bytes",
    expected: CloseCode.Malformed,
    run: (c, rng) => c.socket.send(frameOf(rng.int(4, 127), rng.bytes(rng.int(0, 64)))),
  },
  {
    name: "auth message, which clients never send",
    expected: CloseCode.Malformed,
    run: (c, rng) => c.socket.send(frameOf(2, rng.bytes(rng.int(0, 16)))),
  },
  {
    name: "truncated update",
    expected: CloseCode.Malformed,
    run: (c, rng) => {
      const frame = encodeSyncUpdate(validUpdate);
      c.socket.send(frame.subarray(0, rng.int(0, frame.length - 1)));
    },
  },
  {
    name: "valid update with trailing garbage",
    expected: CloseCode.Malformed,
    run: (c, rng) => c.socket.send(Buffer.concat([encodeSyncUpdate(validUpdate), rng.bytes(rng.int(1, 32))])),
  },
  {
    name: "unknown sync message type",
    expected: CloseCode.Malformed,
    run: (c, rng) => c.socket.send(Uint8Array.of(0, rng.int(3, 127), 0)),
  },
  {
    name: "text frame",
    expected: CloseCode.Malformed,
    run: (c) => c.socket.send("hello"),
  },
  {
    name: "length prefix larger than the message",
    expected: CloseCode.Malformed,
    run: (c, rng) => c.socket.send(Uint8Array.of(0, 2, 0xff, 0xff, 0x03, ...rng.bytes(8))),
  },
  {
    name: "message just above the size limit",
    expected: CloseCode.MessageTooLarge,
    run: (c, rng) => c.socket.send(new Uint8Array(limits.maxMessageBytes + rng.int(1, 1000))),
  },
  {
    name: "giant frame past the websocket payload cap",
    expected: 1009,
    run: (c) => c.socket.send(new Uint8Array(limits.maxMessageBytes * 2)),
  },
  {
    name: "oversized awareness update",
    expected: CloseCode.MessageTooLarge,
    run: (c, rng) => c.socket.send(encodeAwareness(rng.bytes(limits.maxAwarenessBytes + rng.int(1, 100)))),
  },
  {
    name: "flood of valid messages",
    expected: CloseCode.RateLimited,
    run: (c) => {
      for (let i = 0; i < limits.messageBurst + 20; i++) c.socket.send(Uint8Array.of(3));
    },
  },
  {
    name: "random bytes in an update frame",
    expected: null,
    run: (c, rng) => c.socket.send(encodeSyncUpdate(rng.bytes(rng.int(1, 200)))),
  },
  {
    name: "update with flipped bytes",
    expected: null,
    run: (c, rng) => {
      const corrupted = Uint8Array.from(validUpdate);
      for (let i = 0; i < rng.int(1, 4); i++) corrupted[rng.int(0, corrupted.length - 1)] = rng.int(0, 255);
      c.socket.send(encodeSyncUpdate(corrupted));
    },
  },
  {
    name: "random state vector",
    expected: null,
    run: (c, rng) => c.socket.send(encodeSyncStep1(rng.bytes(rng.int(0, 40)))),
  },
  {
    name: "random awareness update",
    expected: null,
    run: (c, rng) => c.socket.send(encodeAwareness(rng.bytes(rng.int(0, 300)))),
  },
];

let t: TestDatabase;
let s: TestServer;
beforeAll(async () => {
  t = await createTestDatabase();
  // Every attacker and bystander shares one test identity; the per-person connection cap
  // has its own test (quotas.test.ts).
  s = await startTestServer(t.url, { limits: { maxConnectionsPerUser: 1000 } });
  limits = s.limits;
});
afterAll(async () => {
  await s.close();
  await t.drop();
});

/** Two editors writing to each other; returns a stop function that reports what was lost. */
async function startTraffic(docId: string) {
  const token = await tokenFor(docId);
  const a = connectClient(s.wsUrl, docId, token);
  const b = connectClient(s.wsUrl, docId, token);
  await Promise.all([a.synced, b.synced]);
  let written = 0;
  const timer = setInterval(() => {
    a.shapes.set(`a-${written}`, { type: "geo", n: written });
    b.shapes.set(`b-${written}`, { type: "geo", n: written });
    written++;
  }, 25);
  return {
    clients: [a, b] as TestClient[],
    async stop() {
      clearInterval(timer);
      // The fuzzer may get records of its own into the document; count only ours.
      const ours = (client: TestClient) =>
        [...client.shapes.keys()].filter((key) => /^[ab]-\d+$/.test(key)).length;
      await waitFor(() => ours(a) === written * 2 && ours(b) === written * 2, `${docId} to converge`);
      expect(a.shapes.toJSON()).toEqual(b.shapes.toJSON());
      return written;
    },
  };
}

describe("fuzzing one document", () => {
  it(`closes every bad connection with its code while good clients keep syncing (seed ${SEED})`, async () => {
    const rng = seeded(SEED);
    const bystanders = await startTraffic(QUIET_DOC);
    const neighbours = await startTraffic(FUZZ_DOC);
    const token = await tokenFor(FUZZ_DOC, { userId: "fuzzer" });
    const outcomes: Array<{ attack: string; expected: number | null; code: number | null }> = [];

    // Enough waves to cover every attack, and long enough for the good clients to write a lot.
    const started = Date.now();
    for (let wave = 0; wave < 12 || Date.now() - started < 2500; wave++) {
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          const attack = attacks[rng.int(0, attacks.length - 1)] as Attack;
          const client = connectRaw(`${s.wsUrl}/${FUZZ_DOC}`, boardSubprotocols(token));
          await client.opened;
          attack.run(client, rng);
          const code = await Promise.race([client.closed.then((c) => c.code), sleep(1500).then(() => null)]);
          if (code === null) client.socket.terminate();
          outcomes.push({ attack: attack.name, expected: attack.expected, code });
        }),
      );
    }

    for (const outcome of outcomes) {
      if (outcome.expected !== null)
        expect(outcome, outcome.attack).toMatchObject({ code: outcome.expected });
      // A random mutation may happen to be valid; if the server objects, it is as malformed.
      else if (outcome.code !== null) expect(outcome.code, outcome.attack).toBe(CloseCode.Malformed);
    }
    expect(new Set(outcomes.map((o) => o.attack)).size).toBeGreaterThan(10);

    const writtenQuiet = await bystanders.stop();
    const writtenFuzzed = await neighbours.stop();
    expect(writtenQuiet).toBeGreaterThan(20);
    expect(writtenFuzzed).toBeGreaterThan(20);
    const health = await (await fetch(`${s.internalUrl}/health`)).json();
    expect(health).toMatchObject({ status: "ok", database: "ok" });

    // Whatever the fuzzer got into the log, the document still loads for a newcomer.
    for (const client of [...bystanders.clients, ...neighbours.clients]) client.destroy();
    await waitFor(() => s.server.metrics().rooms === 0, "the rooms to be dropped");
    const fresh = connectClient(s.wsUrl, FUZZ_DOC, await tokenFor(FUZZ_DOC));
    await fresh.synced;
    expect([...fresh.shapes.keys()].filter((key) => /^[ab]-\d+$/.test(key))).toHaveLength(writtenFuzzed * 2);
    fresh.destroy();
  });
});

describe("document size limit", () => {
  it("closes a client whose update would grow the document past its limit, and stores nothing of it", async () => {
    const server = await startTestServer(t.url, { limits: { maxDocumentBytes: 64 * 1024 } });
    try {
      const docId = "doc-toolarge";
      const client = connectRaw(`${server.wsUrl}/${docId}`, boardSubprotocols(await tokenFor(docId)));
      await client.opened;
      const local = new Y.Doc();
      const updates: Uint8Array[] = [];
      local.on("update", (update: Uint8Array) => updates.push(update));
      for (let i = 0; i < 12; i++) local.getMap("shapes").set(`big-${i}`, "x".repeat(10_000));
      for (const update of updates) client.socket.send(encodeSyncUpdate(update));
      expect((await client.closed).code).toBe(CloseCode.DocumentTooLarge);
      await waitFor(() => server.server.metrics().rooms === 0, "the room to be dropped");
      const stored = await t.db.boardUpdate.findMany({ where: { docId }, orderBy: { seq: "asc" } });
      const merged = new Y.Doc();
      for (const update of stored) Y.applyUpdate(merged, update.bytes);
      expect(stored.length).toBeGreaterThan(3);
      expect(stored.length).toBeLessThan(12);
      expect(Y.encodeStateAsUpdate(merged).length).toBeLessThanOrEqual(64 * 1024);
    } finally {
      await server.close();
    }
  });
});
