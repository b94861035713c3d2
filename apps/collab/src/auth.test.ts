import { createTestDatabase, type TestDatabase } from "@mockboard/db/testing";
import { BOARD_SUBPROTOCOL, boardSubprotocols, CloseCode } from "@mockboard/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessageType } from "./messages";
import {
  connectRaw,
  rawUrl,
  recordUpdates,
  sleep,
  startTestServer,
  type TestServer,
  tokenFor,
} from "./testing/harness";

const DOC = "doc-guarded1";
let t: TestDatabase;
let s: TestServer;

beforeAll(async () => {
  t = await createTestDatabase();
  // The document has content, so any leak before the check would be visible.
  const updates = recordUpdates(3, "secret");
  s = await startTestServer(t.url);
  await s.seed(DOC, updates);
});
afterAll(async () => {
  await s.close();
  await t.drop();
});

/** Connects offering `protocols` (and `query` in the URL); returns the close and everything received before it. */
async function attempt(protocols: string[], docId = DOC, query: Record<string, string> = {}) {
  const client = connectRaw(rawUrl(s.wsUrl, docId, query), protocols);
  const closed = await client.closed;
  return { ...closed, messages: client.messages };
}

function tamper(token: string): string {
  const [header, payload, signature] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
  claims.role = "editor";
  claims.sub = "intruder";
  return [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
}

describe("admission", () => {
  it("closes a connection without a token with Unauthorized and sends it nothing", async () => {
    const result = await attempt([BOARD_SUBPROTOCOL]);
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token missing", messages: [] });
  });

  it("closes a connection with an expired token with Unauthorized and sends it nothing", async () => {
    const result = await attempt(boardSubprotocols(await tokenFor(DOC, { ttlSeconds: -5 })));
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token expired", messages: [] });
  });

  it("closes a connection whose token payload was edited with Unauthorized and sends it nothing", async () => {
    const result = await attempt(boardSubprotocols(tamper(await tokenFor(DOC, { role: "viewer" }))));
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token invalid", messages: [] });
  });

  it("closes a connection whose token was signed with another secret with Unauthorized and sends it nothing", async () => {
    const token = await tokenFor(DOC, { secret: "a-completely-different-secret-0123456789" });
    const result = await attempt(boardSubprotocols(token));
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token invalid", messages: [] });
  });

  it("closes a connection whose token is for another document with WrongDocument and sends it nothing", async () => {
    const result = await attempt(boardSubprotocols(await tokenFor("doc-elsewhere")));
    expect(result).toEqual({
      code: CloseCode.WrongDocument,
      reason: "token is for another document",
      messages: [],
    });
  });

  it("closes a connection speaking another protocol version with VersionMismatch and sends it nothing", async () => {
    const token = await tokenFor(DOC);
    expect(await attempt(["mockboard.v999", `auth.${token}`])).toMatchObject({
      code: CloseCode.VersionMismatch,
      messages: [],
    });
    // What a client from before the subprotocol sends: token and version in the URL.
    expect(await attempt([], DOC, { v: "1", token })).toMatchObject({
      code: CloseCode.VersionMismatch,
      messages: [],
    });
  });

  it("refuses a valid token sent in the query string with Unauthorized and sends nothing", async () => {
    const token = await tokenFor(DOC);
    const result = await attempt(boardSubprotocols(token), DOC, { token });
    expect(result).toEqual({
      code: CloseCode.Unauthorized,
      reason: "token must not be sent in the URL",
      messages: [],
    });
  });

  it("closes a connection to a malformed document id with Malformed and sends it nothing", async () => {
    const result = await attempt(boardSubprotocols(await tokenFor(DOC)), "x");
    expect(result).toEqual({ code: CloseCode.Malformed, reason: "invalid document id", messages: [] });
  });

  it("sends a valid editor the document's sync step 1 right away, answering with the protocol and never the token", async () => {
    const client = connectRaw(`${s.wsUrl}/${DOC}`, boardSubprotocols(await tokenFor(DOC)));
    const answered = new Promise<string | undefined>((resolve) =>
      client.socket.once("upgrade", (response) => resolve(response.headers["sec-websocket-protocol"])),
    );
    await client.opened;
    expect(await answered).toBe(BOARD_SUBPROTOCOL);
    expect(client.socket.protocol).toBe(BOARD_SUBPROTOCOL);
    while (client.messages.length === 0) await sleep(10);
    expect(client.messages[0]?.[0]).toBe(MessageType.Sync);
    client.socket.close();
    await client.closed;
  });

  it("counts every refusal by reason in the metrics", () => {
    expect(s.server.metrics().refusedConnections).toEqual({
      "token-missing": 1,
      "token-in-url": 1,
      "token-expired": 1,
      "token-invalid": 2,
      "wrong-document": 1,
      "version-mismatch": 2,
      "invalid-document": 1,
      "access-revoked": 0,
      "role-changed": 0,
      "too-many-connections": 0,
    });
  });
});
