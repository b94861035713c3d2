import { seedUser } from "@mockboard/db/testing/factories";
import { describe, expect, inject, it } from "vitest";
import { testDb } from "./support/db";

const base = () => inject("baseUrl");
const userCount = () => testDb().user.count();

function register(body: string, contentType = "application/json") {
  return fetch(`${base()}/api/register`, { method: "POST", headers: { "content-type": contentType }, body });
}

describe("route handlers answer bad input with a clear 4xx and change nothing", () => {
  it("rejects a body that is not JSON", async () => {
    const before = await userCount();
    const response = await register("{not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "The request body is not valid JSON" });
    expect(await userCount()).toBe(before);
  });

  it("rejects a body that is not declared as exactly JSON", async () => {
    const body = JSON.stringify({ name: "Typed", email: "typed@example.test", password: "long-enough-pw" });
    for (const type of ["application/x-www-form-urlencoded", "text/plain", "text/plain; application/json"]) {
      expect((await register(body, type)).status).toBe(415);
    }
  });

  it("names each invalid field", async () => {
    const before = await userCount();
    const response = await register(JSON.stringify({ name: "", email: "nope", password: "short" }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("Invalid request");
    expect(Object.keys(body.details).sort()).toEqual(["email", "name", "password"]);
    expect(await userCount()).toBe(before);
  });

  it("creates nothing for an email that already has an account, and does not say so", async () => {
    const existing = await seedUser(testDb());
    const before = await userCount();
    const response = await register(
      JSON.stringify({ name: "Copy", email: existing.email.toUpperCase(), password: "long-enough-pw" }),
    );
    // The same answer as for a new email (#11 finding 6; abuse-limits.e2e.test.ts compares the two).
    expect(response.status).toBe(202);
    expect(await userCount()).toBe(before);
  });

  it("answers a forged credentials sign-in without a 500", async () => {
    const response = await fetch(`${base()}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "email=%00&password=",
      redirect: "manual",
    });
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("set-cookie") ?? "").not.toContain("session-token");
  });

  it("reports health as JSON, details only to an operator (request-safety.e2e.test.ts)", async () => {
    const response = await fetch(`${base()}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
