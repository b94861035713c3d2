// A network that can be lost without a word, for one browser context: an HTTP proxy (CONNECT
// tunnels for websockets) that, once cut, drops every byte both ways and delivers no close, as
// when a laptop's Wi-Fi goes. Chromium's offline emulation is not that: the page gets an
// `offline` event and its own close frame still leaves.
import { createServer, request } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import type { BrowserContextOptions } from "playwright-core";

export interface CuttableNetwork {
  /** Give this to browser.newContext: the context's traffic, loopback included, goes through it. */
  proxy: NonNullable<BrowserContextOptions["proxy"]>;
  /** The network is gone: nothing in or out, no connection closes, new ones hang. */
  cut(): void;
  /** The network is back; connections from before the loss are dead, as after a real one. */
  restore(): void;
  close(): Promise<void>;
}

export async function startCuttableNetwork(): Promise<CuttableNetwork> {
  let cut = false;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => open.delete(socket));
  };
  /** Bytes and closes pass only while the network is up. */
  const relay = (from: Socket, to: Socket) => {
    from.on("data", (chunk) => {
      if (!cut) to.write(chunk);
    });
    from.on("close", () => {
      if (!cut) to.destroy();
    });
  };

  const server = createServer((incoming, outgoing) => {
    track(incoming.socket);
    if (cut) return;
    const target = new URL(incoming.url ?? "");
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  server.on("connect", (incoming, client: Socket, head: Buffer) => {
    track(client);
    if (cut) return;
    const [host, port] = (incoming.url ?? "").split(":");
    const upstream = connect(Number(port), host ?? "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length) upstream.write(head);
      relay(client, upstream);
      relay(upstream, client);
    });
    track(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    // "<-loopback>": Chromium sends even 127.0.0.1 through the proxy.
    proxy: { server: `http://127.0.0.1:${port}`, bypass: "<-loopback>" },
    cut() {
      cut = true;
    },
    restore() {
      for (const socket of open) socket.destroy();
      cut = false;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
