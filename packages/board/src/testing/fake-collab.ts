// A stand-in for the collab server in the board's own tests (packages never import
// apps): a real websocket endpoint over node:http that speaks y-websocket sync into a
// Y.Doc, records how each connection presented its token, and closes connections with
// whatever code a test asks for. The real server's side is tested in apps/collab.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

const HANDSHAKE_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const Opcode = { Binary: 0x2, Close: 0x8, Ping: 0x9, Pong: 0xa } as const;
const MessageSync = 0;

export interface FakeConnection {
  /** The request path and query. */
  url: string;
  /** The subprotocols the client offered. */
  offered: string[];
  /** The subprotocol the server answered with, if any. */
  selected: string | null;
  close(code: number, reason?: string): void;
  /** Drops the TCP connection without a close frame, as a network failure would. */
  drop(): void;
}

export interface FakeCollab {
  url: string;
  /** What the server holds: everything clients sent. */
  doc: Y.Doc;
  connections: FakeConnection[];
  close(): Promise<void>;
}

function encodeFrame(opcode: number, payload: Uint8Array): Buffer {
  const length = payload.length;
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([0x80 | opcode, length]);
  } else if (length < 65_536) {
    header = Buffer.alloc(4);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(126, 1);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(127, 1);
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Splits complete client frames (always masked, never fragmented by y-websocket) off `buffer`. */
function decodeFrames(buffer: Buffer): { frames: Array<{ opcode: number; payload: Buffer }>; rest: Buffer } {
  const frames: Array<{ opcode: number; payload: Buffer }> = [];
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const opcode = (buffer[offset] ?? 0) & 0x0f;
    const second = buffer[offset + 1] ?? 0;
    let length = second & 0x7f;
    let position = offset + 2;
    if (length === 126) {
      if (buffer.length < position + 2) break;
      length = buffer.readUInt16BE(position);
      position += 2;
    } else if (length === 127) {
      if (buffer.length < position + 8) break;
      length = Number(buffer.readBigUInt64BE(position));
      position += 8;
    }
    const masked = (second & 0x80) !== 0;
    if (buffer.length < position + (masked ? 4 : 0) + length) break;
    const mask = masked ? buffer.subarray(position, position + 4) : null;
    if (masked) position += 4;
    const payload = Buffer.from(buffer.subarray(position, position + length));
    if (mask) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
    frames.push({ opcode, payload });
    offset = position + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/**
 * Starts the fake server. `select` picks the subprotocol to answer with from those
 * offered (none by default).
 */
export async function startFakeCollab(
  select: (offered: string[]) => string | null = () => null,
): Promise<FakeCollab> {
  const doc = new Y.Doc();
  const connections: FakeConnection[] = [];
  const sockets = new Set<Duplex>();
  const http = createServer((_request, response) => response.writeHead(404).end());

  http.on("upgrade", (request, socket: Duplex) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    const key = request.headers["sec-websocket-key"] ?? "";
    const offered = (request.headers["sec-websocket-protocol"] ?? "")
      .split(",")
      .map((value) => value.trim())
      .filter(Boolean);
    const selected = select(offered);
    const accept = createHash("sha1").update(`${key}${HANDSHAKE_GUID}`).digest("base64");
    socket.write(
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        `Sec-WebSocket-Accept: ${accept}\r\n` +
        (selected ? `Sec-WebSocket-Protocol: ${selected}\r\n` : "") +
        "\r\n",
    );
    let closing = false;
    const send = (opcode: number, payload: Uint8Array) => {
      if (!socket.destroyed) socket.write(encodeFrame(opcode, payload));
    };
    const connection: FakeConnection = {
      url: request.url ?? "/",
      offered,
      selected,
      close(code, reason = "") {
        if (closing) return;
        closing = true;
        const body = Buffer.alloc(2 + Buffer.byteLength(reason));
        body.writeUInt16BE(code, 0);
        body.write(reason, 2);
        send(Opcode.Close, body);
        setTimeout(() => socket.destroy(), 1000).unref();
      },
      drop() {
        closing = true;
        socket.destroy();
      },
    };
    connections.push(connection);
    send(Opcode.Binary, syncStep1(doc));

    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = decodeFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const { opcode, payload } of frames) {
        if (opcode === Opcode.Close) {
          if (!closing) send(Opcode.Close, payload.subarray(0, 2));
          closing = true;
          socket.end();
        } else if (opcode === Opcode.Ping) {
          send(Opcode.Pong, payload);
        } else if (opcode === Opcode.Binary && !closing) {
          const decoder = decoding.createDecoder(payload);
          if (decoding.readVarUint(decoder) !== MessageSync) continue;
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, MessageSync);
          syncProtocol.readSyncMessage(decoder, encoder, doc, connection);
          if (encoding.length(encoder) > 1) send(Opcode.Binary, encoding.toUint8Array(encoder));
        }
      }
    });
  });

  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    doc,
    connections,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => http.close(resolve));
      doc.destroy();
    },
  };
}
