// The caller's address for per-IP limits. The production server (node-server/main.ts)
// appends the connection's own address to X-Forwarded-For, as every proxy in front of it
// appends the address it saw, so the trustworthy entry is counted from the right: the last
// one with no proxy (TRUSTED_PROXY_HOPS=0, `npm start`), one further left per trusted
// proxy. Entries further left are whatever the client wrote and never pick the key.
import ipaddr from "ipaddr.js";

/**
 * IPv6 clients usually get a whole /64: count the network, or one client has 2^64 keys. An
 * IPv4-mapped IPv6 address counts as its IPv4 address; text that is no address is its own key.
 */
function networkOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const ip = ipaddr.process(address);
  if (ip.kind() === "ipv4") return ip.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${ip.toString()}/64`).toString()}/64`;
}

/** `hops`: the trusted proxies in front of the server (TRUSTED_PROXY_HOPS). */
export function clientIp(headers: Headers, hops = 0): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request came round them; the leftmost is the nearest we have.
  const address = forwarded[Math.max(0, forwarded.length - 1 - hops)];
  if (!address) return "unknown";
  return networkOf(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
}
