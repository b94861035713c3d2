import {
  BOARD_SUBPROTOCOL,
  type BoardRole,
  CloseCode,
  selectBoardSubprotocol,
  signBoardToken,
  tokenFromSubprotocols,
} from "@mockboard/protocol";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BoardAccessDenied, type BoardConnection, type ConnectionStatus, connectBoard } from "./connection";
import { type FakeCollab, startFakeCollab } from "./testing/fake-collab";

const SECRET = "board-test-secret-0123456789-abcdefghijkl";
const DOC = "session-board001";

const token = (role: BoardRole = "editor") =>
  signBoardToken(SECRET, { sub: "ada", doc: DOC, role, name: "Ada", color: "#1971c2" });

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: FakeCollab | undefined;
let connection: BoardConnection | undefined;
afterEach(async () => {
  connection?.destroy();
  connection = undefined;
  await server?.close();
  server = undefined;
});

/** Connects a board whose token fetcher answers from `tokens` in turn (the last one repeats). */
async function connect(tokens: Array<() => Promise<string>>) {
  server = await startFakeCollab(selectBoardSubprotocol);
  const doc = new Y.Doc();
  const statuses: ConnectionStatus[] = [];
  const roles: BoardRole[] = [];
  const issued: string[] = [];
  let fetches = 0;
  let synced = false;
  connection = await connectBoard({
    serverUrl: server.url,
    docId: DOC,
    doc,
    getToken: async () => {
      const next = tokens[Math.min(fetches++, tokens.length - 1)];
      if (!next) throw new Error("no token");
      const value = await next();
      issued.push(value);
      return value;
    },
    onStatus: (status) => statuses.push(status),
    onFirstSync: () => {
      synced = true;
    },
    onRole: (role) => roles.push(role),
    maxBackoffMs: 200,
  });
  await waitFor(() => synced, "the first sync");
  const fake = server;
  return {
    fake,
    doc,
    statuses,
    roles,
    issued,
    fetches: () => fetches,
    tokenOf: (index: number) => tokenFromSubprotocols(fake.connections[index]?.offered ?? []),
  };
}

describe("the board connection", () => {
  it("offers its token in the websocket subprotocol, never in the URL", async () => {
    const board = await connect([() => token()]);
    const [first] = board.fake.connections;
    expect(first?.offered).toEqual([BOARD_SUBPROTOCOL, `auth.${board.issued[0]}`]);
    expect(first?.selected).toBe(BOARD_SUBPROTOCOL);
    expect(first?.url).toBe(`/${DOC}`);
  });

  it("fetches a fresh token when the server closes for token expiry, and the edits made meanwhile reach the server", async () => {
    const board = await connect([() => token(), () => token()]);
    board.fake.connections[0]?.close(CloseCode.TokenExpired, "token expired");
    board.doc.getMap("shapes").set("shape:during-reconnect", { x: 1 });
    await waitFor(() => board.fake.connections.length === 2, "the reconnect");
    await waitFor(
      () => board.fake.doc.getMap("shapes").has("shape:during-reconnect"),
      "the edit to reach the server",
    );
    expect(board.fetches()).toBe(2);
    expect(board.tokenOf(1)).toBe(board.issued[1]);
    expect(board.statuses).not.toContain("refused");
    expect(board.statuses.at(-1)).toBe("live");
  });

  it("reconnects at once when the board moved to another server, never showing offline, and keeps the edits made meanwhile", async () => {
    const board = await connect([() => token()]);
    board.fake.connections[0]?.close(CloseCode.Moved, "the board moved to another server; reconnect");
    board.doc.getMap("shapes").set("shape:while-moving", { x: 1 });
    await waitFor(() => board.fake.connections.length === 2, "the reconnect");
    await waitFor(
      () => board.fake.doc.getMap("shapes").has("shape:while-moving"),
      "the edit to reach the server",
    );
    expect(board.statuses).not.toContain("offline");
    expect(board.statuses).not.toContain("refused");
    expect(board.statuses.at(-1)).toBe("live");
  });

  it("reconnects with the new token's role after a role change and reports it", async () => {
    const board = await connect([() => token("editor"), () => token("viewer")]);
    expect(board.roles).toEqual(["editor"]);
    board.fake.connections[0]?.close(CloseCode.RoleChanged, "you can now only view this board");
    await waitFor(() => board.fake.connections.length === 2, "the reconnect");
    expect(board.roles).toEqual(["editor", "viewer"]);
    expect(board.tokenOf(1)).toBe(board.issued[1]);
  });

  it("stops for good when access was withdrawn and the web app refuses a new token", async () => {
    const refused = async (): Promise<string> => {
      throw new BoardAccessDenied("The session has ended");
    };
    const board = await connect([() => token(), refused]);
    board.fake.connections[0]?.close(CloseCode.AccessRevoked, "access to this board was withdrawn");
    await waitFor(() => board.statuses.includes("refused"), "the refusal");
    await sleep(500);
    expect(board.fake.connections).toHaveLength(1);
    expect(board.fetches()).toBe(2);
  });

  it("takes any failed token fetch right after a revocation as a refusal", async () => {
    const failing = async (): Promise<string> => {
      throw new Error("HTTP 403");
    };
    const board = await connect([() => token(), failing]);
    board.fake.connections[0]?.close(CloseCode.AccessRevoked, "access to this board was withdrawn");
    await waitFor(() => board.statuses.includes("refused"), "the refusal");
  });

  it("retries a token fetch that fails after a network drop, and comes back", async () => {
    const networkDown = async (): Promise<string> => {
      throw new TypeError("fetch failed");
    };
    const board = await connect([() => token(), networkDown, networkDown, () => token()]);
    board.fake.connections[0]?.drop();
    await waitFor(() => board.fake.connections.length === 2, "the reconnect");
    expect(board.fetches()).toBe(4);
    expect(board.statuses).toContain("offline");
    expect(board.statuses).not.toContain("refused");
    await waitFor(() => board.statuses.at(-1) === "live", "the board to be live again");
  });

  it("never reconnects after the server says the client is out of date", async () => {
    const board = await connect([() => token()]);
    board.fake.connections[0]?.close(CloseCode.VersionMismatch, "protocol version 1 required");
    await waitFor(() => board.statuses.includes("refused"), "the refusal");
    await sleep(500);
    expect(board.fake.connections).toHaveLength(1);
  });
});
