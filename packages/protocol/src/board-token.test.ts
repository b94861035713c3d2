import { describe, expect, it } from "vitest";
import { peekBoardToken, signBoardToken, verifyBoardToken } from "./board-token";

const SECRET = "a-test-secret-that-is-long-enough-123456";
const claims = {
  sub: "user_1",
  doc: "session-abc12345",
  role: "editor" as const,
  name: "Ada",
  color: "#1971c2",
};

describe("board tokens", () => {
  it("round-trips the claims of a fresh token", async () => {
    const result = await verifyBoardToken(SECRET, await signBoardToken(SECRET, claims));
    expect(result).toMatchObject({ ok: true, claims: { ...claims, v: 1 } });
  });

  it("reports when a token was issued and when it expires, in milliseconds", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const result = await verifyBoardToken(SECRET, await signBoardToken(SECRET, claims, 60));
    if (!result.ok) throw new Error("token refused");
    expect(result.issuedAt).toBeGreaterThanOrEqual(before);
    expect(result.expiresAt - result.issuedAt).toBe(60_000);
  });

  it("lets a client read its role and expiry without the secret, and nothing from garbage", async () => {
    const token = await signBoardToken(SECRET, { ...claims, role: "viewer" }, 60);
    expect(peekBoardToken(token)).toEqual({ role: "viewer", expiresAt: expect.any(Number) });
    expect(peekBoardToken("not.a.jwt")).toBeNull();
    expect(peekBoardToken("")).toBeNull();
  });

  it("reports an expired token as expired", async () => {
    const token = await signBoardToken(SECRET, claims, -10);
    expect(await verifyBoardToken(SECRET, token)).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects a token signed with another secret", async () => {
    const token = await signBoardToken(`${SECRET}-other`, claims);
    expect(await verifyBoardToken(SECRET, token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("rejects a token whose payload was edited", async () => {
    const [header, payload, signature] = (await signBoardToken(SECRET, claims)).split(".");
    const edited = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    edited.role = "editor";
    edited.doc = "session-other999";
    const forged = [header, Buffer.from(JSON.stringify(edited)).toString("base64url"), signature].join(".");
    expect(await verifyBoardToken(SECRET, forged)).toEqual({ ok: false, reason: "invalid" });
  });

  it("treats a missing or garbage token as missing or invalid", async () => {
    expect(await verifyBoardToken(SECRET, undefined)).toEqual({ ok: false, reason: "missing" });
    expect(await verifyBoardToken(SECRET, "not.a.jwt")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyBoardToken(SECRET, "x".repeat(10_000))).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses to sign claims that break the schema", async () => {
    await expect(signBoardToken(SECRET, { ...claims, doc: "../etc/passwd" })).rejects.toThrow();
  });
});
