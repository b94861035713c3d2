import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const base = () => inject("baseUrl");
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(() => client?.end());

async function userCount() {
  return Number((await client.query('select count(*) from "User"')).rows[0].count);
}

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

  it("rejects a body that is not declared as JSON", async () => {
    const response = await register("name=x", "application/x-www-form-urlencoded");
    expect(response.status).toBe(415);
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

  it("refuses to register an email that already has an account", async () => {
    const response = await register(
      JSON.stringify({ name: "Copy", email: "INTERVIEWER@mockboard.dev", password: "long-enough-pw" }),
    );
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/already exists/);
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

  it("reports web and database health as JSON", async () => {
    const response = await fetch(`${base()}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", web: { ok: true }, database: { ok: true } });
  });
});
