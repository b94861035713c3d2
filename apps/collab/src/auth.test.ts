import { createTestDatabase, type TestDatabase } from "@mockboard/db/testing";
import { CloseCode, PROTOCOL_VERSION } from "@mockboard/protocol";
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
const v = String(PROTOCOL_VERSION);
let t: TestDatabase;
let s: TestServer;

beforeAll(async () => {
  t = await createTestDatabase();
  // The document has content, so any leak before the check would be visible.
  const updates = recordUpdates(3, "secret");
  s = await startTestServer(t.url);
  await s.log.appendUpdates(
    updates.map((bytes, i) => ({ docId: DOC, seq: i + 1, userId: "owner", bytes, at: Date.now() })),
  );
});
afterAll(async () => {
  await s.close();
  await t.drop();
});

/** Connects, and returns the close and everything received before it. */
async function attempt(params: Record<string, string | undefined>, docId = DOC) {
  const client = connectRaw(rawUrl(s.wsUrl, docId, params));
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
    const result = await attempt({ v });
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token missing", messages: [] });
  });

  it("closes a connection with an expired token with Unauthorized and sends it nothing", async () => {
    const result = await attempt({ v, token: await tokenFor(DOC, { ttlSeconds: -5 }) });
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token expired", messages: [] });
  });

  it("closes a connection whose token payload was edited with Unauthorized and sends it nothing", async () => {
    const result = await attempt({ v, token: tamper(await tokenFor(DOC, { role: "viewer" })) });
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token invalid", messages: [] });
  });

  it("closes a connection whose token was signed with another secret with Unauthorized and sends it nothing", async () => {
    const token = await tokenFor(DOC, { secret: "a-completely-different-secret-0123456789" });
    const result = await attempt({ v, token });
    expect(result).toEqual({ code: CloseCode.Unauthorized, reason: "token invalid", messages: [] });
  });

  it("closes a connection whose token is for another document with WrongDocument and sends it nothing", async () => {
    const result = await attempt({ v, token: await tokenFor("doc-elsewhere") });
    expect(result).toEqual({
      code: CloseCode.WrongDocument,
      reason: "token is for another document",
      messages: [],
    });
  });

  it("closes a connection speaking another protocol version with VersionMismatch and sends it nothing", async () => {
    const token = await tokenFor(DOC);
    expect(await attempt({ v: "999", token })).toMatchObject({
      code: CloseCode.VersionMismatch,
      messages: [],
    });
    expect(await attempt({ token })).toMatchObject({ code: CloseCode.VersionMismatch, messages: [] });
  });

  it("closes a connection to a malformed document id with Malformed and sends it nothing", async () => {
    const result = await attempt({ v, token: await tokenFor(DOC) }, "x");
    expect(result).toEqual({ code: CloseCode.Malformed, reason: "invalid document id", messages: [] });
  });

  it("sends a valid editor the document's sync step 1 right away", async () => {
    const client = connectRaw(rawUrl(s.wsUrl, DOC, { v, token: await tokenFor(DOC) }));
    await client.opened;
    while (client.messages.length === 0) await sleep(10);
    expect(client.messages[0]?.[0]).toBe(MessageType.Sync);
    client.socket.close();
    await client.closed;
  });

  it("counts every refusal by reason in the metrics", () => {
    expect(s.server.metrics().refusedConnections).toEqual({
      "token-missing": 1,
      "token-expired": 1,
      "token-invalid": 2,
      "wrong-document": 1,
      "version-mismatch": 2,
      "invalid-document": 1,
      "access-revoked": 0,
      "role-changed": 0,
    });
  });
});
