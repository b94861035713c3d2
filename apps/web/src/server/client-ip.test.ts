import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (forwarded?: string) =>
  new Headers(forwarded === undefined ? {} : { "x-forwarded-for": forwarded });

describe("the caller's address for per-IP limits", () => {
  it("is the connection's own address (the last entry, which the server appends) when no proxy is trusted", () => {
    expect(clientIp(headers("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientIp(headers("6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientIp(headers("6.6.6.6, 7.7.7.7, 127.0.0.1"))).toBe("127.0.0.1");
  });

  it("is the address the nearest trusted proxy saw, not one the client wrote to its left", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 1)).toBe("203.0.113.9");
    expect(clientIp(headers("6.6.6.6, 203.0.113.9, 10.0.0.3, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientIp(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
  });

  it("groups IPv6 clients by their /64 network and unwraps IPv4-mapped addresses", () => {
    expect(clientIp(headers("2001:db8:1:2:aaaa::1"))).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("2001:db8:1:2:bbbb:cccc:dddd:eeee"))).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("2001:db8::1"))).toBe("2001:db8::/64");
    expect(clientIp(headers("2001:0DB8:0001:0002::1"))).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("[2001:db8:1:2::1%eth0]"))).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("::ffff:198.51.100.7"))).toBe("198.51.100.7");
  });

  it("keys text that is no address by the text itself", () => {
    expect(clientIp(headers("not-an-address"))).toBe("not-an-address");
  });

  it("is 'unknown' when nothing names the caller", () => {
    expect(clientIp(headers())).toBe("unknown");
  });
});
