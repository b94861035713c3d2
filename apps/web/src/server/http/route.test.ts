import { ConflictError, ForbiddenError, NotFoundError, PasswordHashingBusyError } from "@mockboard/db";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { HttpError } from "./http-error";
import { MAX_BODY_BYTES } from "./request-body";
import { route } from "./route";

vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/unused");
vi.stubEnv("NEXTAUTH_URL", "http://test.local");
vi.stubEnv("NEXTAUTH_SECRET", "a".repeat(16) + "b".repeat(16));
vi.stubEnv("BOARD_TOKEN_SECRET", "c".repeat(16) + "d".repeat(16));

const noParams = { params: Promise.resolve({}) };
const post = (body: string, type = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://test.local/api/thing", {
    method: "POST",
    headers: { "content-type": type, host: "test.local", ...headers },
    body,
  });

describe("the HTTP kernel", () => {
  it("answers the db layer's NotFound, Forbidden and Conflict with 404, 403 and 409", async () => {
    const cases = [
      [new NotFoundError("No such session"), 404],
      [new ForbiddenError("Only the interviewer"), 403],
      [new ConflictError("Already released"), 409],
    ] as const;
    for (const [error, status] of cases) {
      const handler = route({}, async () => {
        throw error;
      });
      const response = await handler(new Request("http://test.local/"), noParams);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: error.message });
    }
  });

  it("asks who the caller is before validating anything else", async () => {
    const handler = route(
      {
        authenticate: async () => {
          throw new HttpError(401, "Sign in first");
        },
        params: z.object({ id: z.string().length(16) }),
      },
      async () => new Response("unreachable"),
    );
    const response = await handler(new Request("http://test.local/"), {
      params: Promise.resolve({ id: "x" }),
    });
    expect(response.status).toBe(401);
  });

  it("answers a path parameter that fails its schema with 404", async () => {
    const handler = route(
      { params: z.object({ id: z.string().length(16) }) },
      async () => new Response("ok"),
    );
    const response = await handler(new Request("http://test.local/"), {
      params: Promise.resolve({ id: "x" }),
    });
    expect(response.status).toBe(404);
  });

  it("names each invalid search parameter with a 400", async () => {
    const handler = route({ query: z.object({ page: z.coerce.number().int().min(1) }) }, async ({ query }) =>
      Response.json(query),
    );
    expect((await handler(new Request("http://test.local/?page=0"), noParams)).status).toBe(400);
    expect(await (await handler(new Request("http://test.local/?page=2"), noParams)).json()).toEqual({
      page: 2,
    });
  });

  it("accepts a JSON body only with the exact application/json media type", async () => {
    const handler = route({ body: { schema: z.object({ name: z.string() }) } }, async ({ body }) =>
      Response.json(body),
    );
    expect((await handler(post('{"name":"Ada"}'), noParams)).status).toBe(200);
    expect((await handler(post('{"name":"Ada"}', "application/json; charset=utf-8"), noParams)).status).toBe(
      200,
    );
    for (const type of ["text/plain", "application/json-patch+json", "text/plain; application/json"]) {
      expect((await handler(post('{"name":"Ada"}', type), noParams)).status).toBe(415);
    }
    expect((await handler(post("{"), noParams)).status).toBe(400);
  });

  it("takes a form post only where the route accepts forms, and says which kind came", async () => {
    const schema = z.object({ name: z.string() });
    const formRoute = route({ body: { schema, accepts: ["json", "form"] } }, async ({ bodyKind, body }) =>
      Response.json({ bodyKind, body }),
    );
    const response = await formRoute(post("name=Ada", "application/x-www-form-urlencoded"), noParams);
    expect(await response.json()).toEqual({ bodyKind: "form", body: { name: "Ada" } });
    const jsonOnly = route({ body: { schema } }, async () => new Response("ok"));
    expect((await jsonOnly(post("name=Ada", "application/x-www-form-urlencoded"), noParams)).status).toBe(
      415,
    );
  });

  it("refuses a state-changing request from another site with 403 before anything else runs", async () => {
    let ran = false;
    const handler = route({ body: { schema: z.object({}) } }, async () => {
      ran = true;
      return new Response("changed");
    });
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "sec-fetch-site": "same-site", origin: "https://other.test.local" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const response = await handler(post("{}", "application/json", headers), noParams);
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatch(/Cross-site request refused/);
    }
    expect(ran).toBe(false);
  });

  it("lets through requests from its own pages and from callers that are not browsers", async () => {
    const handler = route({ body: { schema: z.object({}) } }, async () => new Response("changed"));
    const ownOrNotABrowser: Record<string, string>[] = [
      { origin: "http://test.local", "sec-fetch-site": "same-origin" },
      { origin: "http://test.local" },
      { "sec-fetch-site": "none" },
      {},
    ];
    for (const headers of ownOrNotABrowser) {
      expect((await handler(post("{}", "application/json", headers), noParams)).status).toBe(200);
    }
    // Reading is never refused: a cross-site GET changes nothing.
    const read = route({}, async () => new Response("read"));
    const crossSiteGet = new Request("http://test.local/api/thing", {
      headers: { origin: "https://evil.example" },
    });
    expect((await read(crossSiteGet, noParams)).status).toBe(200);
  });

  it("answers a body larger than 256 KB with 413, by its declared length or while reading it", async () => {
    const handler = route(
      { body: { schema: z.object({ text: z.string() }) } },
      async () => new Response("ok"),
    );
    const huge = JSON.stringify({ text: "x".repeat(MAX_BODY_BYTES) });
    const declared = await handler(post(huge), noParams);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toBe("The request body is larger than 256 KB");
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
        for (let i = 0; i < 8; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = new Request("http://test.local/api/thing", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect((await handler(streamed, noParams)).status).toBe(413);
    expect((await handler(post(JSON.stringify({ text: "x".repeat(1000) })), noParams)).status).toBe(200);
  });

  it("answers two writes that raced to the same row with 409, not 500", async () => {
    const prismaUnique = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    const adapterUnique = Object.assign(new Error("driver"), {
      cause: { kind: "UniqueConstraintViolation" },
    });
    const serialization = Object.assign(new Error("could not serialize"), { code: "P2034" });
    for (const error of [prismaUnique, adapterUnique, serialization]) {
      const handler = route({}, async () => {
        throw error;
      });
      const response = await handler(new Request("http://test.local/"), noParams);
      expect(response.status).toBe(409);
      expect((await response.json()).error).toMatch(/at the same moment/);
    }
  });

  it("answers a saturated password hasher with 503 and Retry-After", async () => {
    const handler = route({}, async () => {
      throw new PasswordHashingBusyError();
    });
    const response = await handler(new Request("http://test.local/"), noParams);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
  });
});
