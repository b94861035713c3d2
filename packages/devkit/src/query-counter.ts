// A loopback TCP proxy in front of Postgres that counts the statements its clients run,
// for benchmarks that report how many queries a request costs. It reads the frontend
// side of the wire protocol (simple Query, and extended Parse/Bind/Execute) and passes
// every byte through unchanged, so the app under measurement needs no instrumentation:
// only its DATABASE_URL points here.
import { createServer, type Socket, connect as tcpConnect } from "node:net";

export interface ExecutedStatement {
  /** The SQL text as the client sent it. */
  sql: string;
  at: number;
}

export interface QueryCounter {
  /** `databaseUrl` with its host and port replaced by the proxy's. */
  url: string;
  /** Statements executed since the last reset, in order. */
  statements(): ExecutedStatement[];
  reset(): void;
  stop(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Reads one connection's frontend messages and reports each executed statement. */
class FrontendReader {
  private buffer = Buffer.alloc(0);
  private started = false;
  /** Prepared statement name -> SQL ("" is the unnamed statement). */
  private readonly prepared = new Map<string, string>();
  /** Portal name -> SQL of the statement bound to it. */
  private readonly portals = new Map<string, string>();

  constructor(private readonly onStatement: (sql: string) => void) {}

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        // An SSL or GSS request is answered with one byte; the real startup message follows.
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.started = true;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      this.handle(String.fromCharCode(this.buffer[0] ?? 0), this.buffer.subarray(5, 1 + length));
      this.buffer = this.buffer.subarray(1 + length);
    }
  }

  private handle(type: string, body: Buffer): void {
    const strings = () => {
      const out: string[] = [];
      let start = 0;
      for (let i = 0; i < body.length && out.length < 2; i++)
        if (body[i] === 0) {
          out.push(body.toString("utf8", start, i));
          start = i + 1;
        }
      return out;
    };
    if (type === "Q") this.onStatement(strings()[0] ?? "");
    else if (type === "P") {
      const [name = "", sql = ""] = strings();
      this.prepared.set(name, sql);
    } else if (type === "B") {
      const [portal = "", statement = ""] = strings();
      this.portals.set(portal, this.prepared.get(statement) ?? "");
    } else if (type === "E") this.onStatement(this.portals.get(strings()[0] ?? "") ?? "");
  }
}

export async function startQueryCounter(databaseUrl: string): Promise<QueryCounter> {
  const target = new URL(databaseUrl);
  const targetPort = Number(target.port || 5432);
  let executed: ExecutedStatement[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = tcpConnect(targetPort, target.hostname);
    const reader = new FrontendReader((sql) => executed.push({ sql, at: Date.now() }));
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on("data", (chunk) => {
      reader.push(chunk);
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => client.write(chunk));
    client.on("end", () => upstream.end());
    upstream.on("end", () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the query counter has no port");
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(address.port);
  return {
    url: url.toString(),
    statements: () => [...executed],
    reset: () => {
      executed = [];
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
