import { ConflictError, ForbiddenError, NotFoundError } from "@mockboard/db";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpError } from "./http-error";
import { route } from "./route";

const noParams = { params: Promise.resolve({}) };
const post = (body: string, type = "application/json") =>
  new Request("http://test.local/api/thing", { method: "POST", headers: { "content-type": type }, body });

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
});
