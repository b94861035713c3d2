// Test helpers: a collab server on a free port over a test database, real y-websocket
// clients, raw websocket clients, board tokens, and polling.
import {
  type BoardLog,
  createBoardLeases,
  createBoardLog,
  registerCollabNode,
} from "@mockboard/db/board-log";
import { createTestDatabase, type TestDatabase } from "@mockboard/db/testing";
// Brings in the typing of the values the db package's global setup provides to tests.
import type {} from "@mockboard/db/testing/global-setup";
import { type BoardRole, boardSubprotocols, signBoardToken } from "@mockboard/protocol";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type CollabLimits, resolveLimits } from "../limits";
import { type CollabServer, type CollabServerOptions, createCollabServer } from "../server";

export const TEST_SECRET = "collab-test-secret-0123456789-abcdefghij";

export interface TestServer {
  server: CollabServer;
  /** ws://127.0.0.1:port */
  wsUrl: string;
  httpUrl: string;
  /** The internal port: metrics and detailed health. */
  internalUrl: string;
  log: BoardLog;
  limits: CollabLimits;
  /** Writes `updates` as `docId`'s log from seq 1, as a node of its own that then lets go. */
  seed(docId: string, updates: Uint8Array[], options?: { userId?: string; at?: number }): Promise<void>;
  close(): Promise<void>;
}

/** Writes a document's log from seq 1 the way a collab node does: under a lease, then released. */
export async function seedBoardLog(
  databaseUrl: string,
  log: BoardLog,
  docId: string,
  updates: Uint8Array[],
  options: { userId?: string; at?: number } = {},
): Promise<void> {
  const node = await registerCollabNode(databaseUrl, { ttlMs: 60_000, onSessionLost: () => undefined });
  const leases = createBoardLeases(databaseUrl, { maxConnections: 1 });
  try {
    const claim = await leases.acquire(docId, node.nodeId);
    if (!("epoch" in claim)) throw new Error(`${docId} is held by collab node ${claim.heldBy}`);
    const { refused } = await log.appendUpdates(
      updates.map((bytes, i) => ({
        docId,
        seq: i + 1,
        userId: options.userId ?? "owner",
        bytes,
        at: options.at ?? Date.now(),
        epoch: claim.epoch,
      })),
    );
    if (refused.size > 0) throw new Error(`seeding ${docId} was refused`);
    await leases.release(docId, claim.epoch);
  } finally {
    await node.close();
    await leases.close();
  }
}

export async function startTestServer(
  databaseUrl: string,
  options: Partial<CollabServerOptions> & { wrapLog?: (log: BoardLog) => BoardLog } = {},
): Promise<TestServer> {
  const log = createBoardLog(databaseUrl, { maxConnections: 6 });
  const limits = resolveLimits(options.limits);
  const server = createCollabServer({
    tokenSecret: TEST_SECRET,
    // The log is injected; the URL is where the server listens for access changes.
    databaseUrl,
    logger: pino({ level: process.env.COLLAB_TEST_LOG ?? "silent" }),
    ...options,
    limits,
    boardLog: options.wrapLog ? options.wrapLog(log) : log,
  });
  const address = await server.listen(0, "127.0.0.1");
  const internal = await server.listenInternal(0, "127.0.0.1");
  return {
    server,
    wsUrl: `ws://127.0.0.1:${address.port}`,
    httpUrl: `http://127.0.0.1:${address.port}`,
    internalUrl: `http://127.0.0.1:${internal.port}`,
    log,
    limits,
    seed: (docId, updates, seedOptions) => seedBoardLog(databaseUrl, log, docId, updates, seedOptions),
    async close() {
      await server.close();
      await log.close();
    },
  };
}

export function tokenFor(
  docId: string,
  options: { role?: BoardRole; userId?: string; name?: string; secret?: string; ttlSeconds?: number } = {},
): Promise<string> {
  return signBoardToken(
    options.secret ?? TEST_SECRET,
    {
      sub: options.userId ?? "user_editor",
      doc: docId,
      role: options.role ?? "editor",
      name: options.name ?? "Test",
      color: "#1971c2",
    },
    options.ttlSeconds,
  );
}

export interface TestClient {
  doc: Y.Doc;
  shapes: Y.Map<unknown>;
  provider: WebsocketProvider;
  /** Resolves on the first completed sync. */
  synced: Promise<void>;
  destroy(): void;
}

/** A stock y-websocket client, as the browser uses it (minus BroadcastChannel, which would bypass the server). */
export function connectClient(wsUrl: string, docId: string, token: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(wsUrl, docId, doc, {
    protocols: boardSubprotocols(token),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", () => resolve());
  });
  return {
    doc,
    shapes: doc.getMap("shapes"),
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawClient {
  socket: WebSocket;
  messages: Buffer[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare websocket that records everything the server sends; `protocols` as a browser would offer them. */
export function connectRaw(url: string, protocols: string[] = []): RawClient {
  const socket = new WebSocket(url, protocols);
  const messages: Buffer[] = [];
  socket.on("message", (data) =>
    messages.push(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer)),
  );
  socket.on("error", () => undefined);
  const opened = new Promise<void>((resolve) => socket.once("open", () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { socket, messages, opened, closed };
}

export function rawUrl(wsUrl: string, docId: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  return `${wsUrl}/${docId}?${query}`;
}

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Y updates as a client would produce them: one record set per transaction. */
export function recordUpdates(count: number, prefix: string): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const shapes = doc.getMap("shapes");
  for (let i = 0; i < count; i++) shapes.set(`${prefix}-${i}`, { type: "geo", x: i, y: i * 2 });
  doc.destroy();
  return updates;
}

type TokenOptions = NonNullable<Parameters<typeof tokenFor>[1]>;

/**
 * One test database for a test file and the collab servers its tests start, each with its
 * own options (registered as vitest hooks); the servers and every client and bare socket
 * opened through it close after each test.
 */
export function useCollabServers() {
  let database: TestDatabase | undefined;
  const servers: TestServer[] = [];
  const clients: TestClient[] = [];
  const raws: RawClient[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const raw of raws.splice(0)) raw.socket.terminate();
    for (const server of servers.splice(0)) await server.close();
  });
  afterAll(async () => {
    await database?.drop();
  });
  const created = () => {
    if (!database) throw new Error("the test database is created in beforeAll");
    return database;
  };
  return {
    get database() {
      return created();
    },
    /** A collab server on the file's database, closed after the test. */
    async start(options: Parameters<typeof startTestServer>[1] = {}) {
      const server = await startTestServer(created().url, options);
      servers.push(server);
      return server;
    },
    /** A stock y-websocket client on `docId`, not awaited: it may be refused. */
    connect(wsUrl: string, docId: string, token: string) {
      const client = connectClient(wsUrl, docId, token);
      clients.push(client);
      return client;
    },
    /** A bare websocket, not awaited. */
    connectRaw(url: string, protocols: string[] = []) {
      const raw = connectRaw(url, protocols);
      raws.push(raw);
      return raw;
    },
  };
}

/**
 * One test database and collab server for a test file (registered as vitest hooks), with
 * helpers to join documents; every client is closed after each test.
 */
export function useCollabServer() {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  const raws: RawClient[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.url);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const raw of raws.splice(0)) raw.socket.terminate();
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });
  const started = () => {
    if (!server || !database) throw new Error("the collab server starts in beforeAll");
    return { server, database };
  };
  return {
    get db() {
      return started().database.db;
    },
    /** A stock y-websocket client on `docId`, synced. */
    async join(docId: string, options: TokenOptions = {}) {
      const client = connectClient(started().server.wsUrl, docId, await tokenFor(docId, options));
      clients.push(client);
      await client.synced;
      return client;
    },
    get server() {
      return started().server.server;
    },
    /** A bare websocket on `docId` with exactly `token`; not awaited, as it may be refused. */
    rawWithToken(docId: string, token: string) {
      const raw = connectRaw(`${started().server.wsUrl}/${docId}`, boardSubprotocols(token));
      raws.push(raw);
      return raw;
    },
    /** A bare websocket admitted to `docId`. */
    async joinRaw(docId: string, options: TokenOptions = {}) {
      const token = await tokenFor(docId, options);
      const raw = connectRaw(`${started().server.wsUrl}/${docId}`, boardSubprotocols(token));
      raws.push(raw);
      await raw.opened;
      return raw;
    },
  };
}
