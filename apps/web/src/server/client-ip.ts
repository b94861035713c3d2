// The caller's address for per-IP limits. Next's server puts the socket's address in
// X-Forwarded-For only when the header is absent, and a proxy appends the address it saw,
// so the trustworthy entry is counted from the right: the last one with one proxy (or
// none, where it is the socket address), `hops` from the right behind a chain of them.
// Entries to its left are whatever the client wrote. README, "Deploying", says to run the
// web app behind a proxy: without one a client that sends its own X-Forwarded-For picks
// its per-IP key (the per-account limits still hold).

/** IPv6 clients usually get a whole /64: count the network, or one client has 2^64 keys. */
function networkOf(address: string): string {
  if (!address.includes(":")) return address;
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped?.[1]) return mapped[1];
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function clientIp(headers: Headers, hops = 1): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = forwarded[Math.max(0, forwarded.length - hops)] ?? headers.get("x-real-ip")?.trim();
  if (!address) return "unknown";
  return networkOf(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
}
