import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, strictTransportSecurity } from "./security-headers";

const base = {
  nonce: "abc123",
  collabUrl: "ws://localhost:1234",
  development: false,
  https: false,
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe("the pages' Content-Security-Policy", () => {
  it("runs only scripts carrying this response's nonce, and never eval in production", () => {
    const script = directives(contentSecurityPolicy(base)).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(directives(contentSecurityPolicy({ ...base, development: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("connects only to this origin, the collab server and LiveKit", () => {
    const connect = directives(contentSecurityPolicy({ ...base, livekitUrl: "wss://video.example.com" })).get(
      "connect-src",
    );
    expect(connect).toEqual([
      "'self'",
      "ws://localhost:1234",
      "http://localhost:1234",
      "wss://video.example.com",
      "https://video.example.com",
    ]);
    expect(directives(contentSecurityPolicy(base)).get("connect-src")).toEqual([
      "'self'",
      "ws://localhost:1234",
      "http://localhost:1234",
    ]);
  });

  it("lets tldraw draw: inline styles, blob: and data: images, fonts from this origin", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "blob:", "data:"]);
    expect(policy.get("font-src")).toEqual(["'self'", "data:"]);
  });

  it("is never framed, loads no plugins and posts forms only here", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ ...base, https: true })).has("upgrade-insecure-requests")).toBe(
      true,
    );
  });
});

describe("Strict-Transport-Security", () => {
  it("tells browsers to come back over HTTPS only, for two years and on subdomains, when served over HTTPS", () => {
    expect(strictTransportSecurity(true)).toBe("max-age=63072000; includeSubDomains");
  });

  it("is never sent when the app is served over plain HTTP, as in localhost dev", () => {
    expect(strictTransportSecurity(false)).toBeUndefined();
  });
});
