import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDirectory } from "./precompress";
import { createStaticAssetHandler } from "./static-assets";

const script = `export const board = ${JSON.stringify("tldraw ".repeat(2000))};\n`;
let dir: string;
let server: Server;
let base: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "static-assets-"));
  mkdirSync(join(dir, "static/chunks"), { recursive: true });
  writeFileSync(join(dir, "static/chunks/room.js"), script);
  writeFileSync(join(dir, "static/chunks/tiny.js"), "x");
  writeFileSync(join(dir, "secret.txt"), "outside the static folder");
  await precompressDirectory(join(dir, "static"));
  const assets = createStaticAssetHandler(join(dir, "static"));
  server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 418;
      res.end(`fallback ${req.method} ${req.url}`);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("static assets", () => {
  it("sends the Brotli copy to a browser that accepts Brotli", async () => {
    const reply = await get("/_next/static/chunks/room.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(reply.headers["content-type"]).toMatch(/javascript/);
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
    expect(reply.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(reply.body).toString()).toBe(script);
  });

  it("sends the gzip copy to a browser without Brotli, and the file itself to one without either", async () => {
    const gzipped = await get("/_next/static/chunks/room.js", { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    const plain = await get("/_next/static/chunks/room.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("marks files as cacheable for a year and keeps the app's security headers", async () => {
    const reply = await get("/_next/static/chunks/room.js", { "accept-encoding": "br" });
    expect(reply.headers["cache-control"]).toBe("public,max-age=31536000,immutable");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers["x-frame-options"]).toBe("DENY");
  });

  it("answers a repeated request carrying the ETag with 304 Not Modified", async () => {
    const first = await get("/_next/static/chunks/room.js", { "accept-encoding": "br" });
    const etag = String(first.headers.etag);
    const again = await get("/_next/static/chunks/room.js", {
      "accept-encoding": "br",
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const reply = await get("/_next/static/chunks/room.js", { "accept-encoding": "br" }, "HEAD");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(reply.body.length).toBe(0);
  });

  it("leaves files too small to compress uncompressed", async () => {
    const reply = await get("/_next/static/chunks/tiny.js", { "accept-encoding": "br, gzip" });
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.body.toString()).toBe("x");
  });

  it("hands other paths, other methods and missing files to Next with the URL unchanged", async () => {
    expect((await get("/dashboard")).body.toString()).toBe("fallback GET /dashboard");
    expect((await get("/_next/static/chunks/room.js", {}, "POST")).body.toString()).toBe(
      "fallback POST /_next/static/chunks/room.js",
    );
    expect((await get("/_next/static/chunks/missing.js")).body.toString()).toBe(
      "fallback GET /_next/static/chunks/missing.js",
    );
  });

  it("never serves a file outside the static folder", async () => {
    for (const path of [
      "/_next/static/../secret.txt",
      "/_next/static/%2e%2e/secret.txt",
      "/_next/static/..%2fsecret.txt",
    ]) {
      const reply = await get(path);
      expect(reply.body.toString()).not.toContain("outside the static folder");
    }
  });
});

describe("precompressing again", () => {
  it("replaces the copies of a changed file and drops those of a file now too small to compress", async () => {
    const again = mkdtempSync(join(tmpdir(), "precompress-"));
    try {
      writeFileSync(join(again, "a.js"), script);
      writeFileSync(join(again, "b.js"), script);
      await precompressDirectory(again);
      writeFileSync(join(again, "a.js"), `${script}// changed\n`);
      writeFileSync(join(again, "b.js"), "x");
      await precompressDirectory(again);
      expect(brotliDecompressSync(readFileSync(join(again, "a.js.br"))).toString()).toBe(
        `${script}// changed\n`,
      );
      expect(existsSync(join(again, "b.js.br"))).toBe(false);
      expect(existsSync(join(again, "b.js.gz"))).toBe(false);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
