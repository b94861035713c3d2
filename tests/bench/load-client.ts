// The collab benchmark's board client: y-websocket's wire format (y-protocols sync) over
// `ws`, without y-websocket's provider and without a replica of the room. Each client keeps
// a Y.Doc of its own writes only (that is what makes its updates valid Yjs) and never
// applies what others send: it reads the first struct's id from each relayed update, which
// is all the benchmark needs to time it. Applying every update to a full replica per
// client is what starved the old load generator at 200 rooms on a 2-core machine.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";

const MESSAGE_SYNC = 0;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** An update's identity: the writer's client id and the clock of its first struct. */
export type UpdateId = string;

export interface LoadClientOptions {
  url: string;
  docId: string;
  protocols: string[];
  /** Every update relayed to this client (its own echoes included), by id. */
  onUpdate(id: UpdateId, writer: number): void;
}

export interface LoadClient {
  /** This client's Yjs client id (the `writer` its own updates arrive with). */
  readonly writer: number;
  /** Resolves once the server answered the client's state vector (y-websocket's "synced"). */
  readonly synced: Promise<void>;
  /** Sets `key` in the shared map "shapes"; returns the id the update will arrive with. */
  set(key: string, value: unknown): UpdateId;
  close(): void;
}

function syncFrame(type: number, bytes: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, bytes);
  return encoding.toUint8Array(encoder);
}

/** The id of an update (format v1: clients, then per client its struct count, id and first clock). */
function updateId(update: Uint8Array): { id: UpdateId; writer: number } | null {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return null;
  decoding.readVarUint(decoder);
  const writer = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  return { id: `${writer}:${clock}`, writer };
}

export function openLoadClient(options: LoadClientOptions): LoadClient {
  const doc = new Y.Doc();
  const map = doc.getMap("shapes");
  const socket = new WebSocket(`${options.url}/${options.docId}`, options.protocols);
  socket.binaryType = "nodebuffer";
  doc.on("update", (update: Uint8Array) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(syncFrame(SYNC_UPDATE, update));
  });
  const synced = new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.once("close", (code) => reject(new Error(`${options.docId}: closed with ${code} before syncing`)));
    socket.once("open", () => socket.send(syncFrame(SYNC_STEP1, Y.encodeStateVector(doc))));
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // presence: not measured
      const type = decoding.readVarUint(decoder);
      const bytes = decoding.readVarUint8Array(decoder);
      if (type === SYNC_STEP1) socket.send(syncFrame(SYNC_STEP2, Y.encodeStateAsUpdate(doc, bytes)));
      else if (type === SYNC_STEP2) resolve();
      else if (type === SYNC_UPDATE) {
        const update = updateId(bytes);
        if (update) options.onUpdate(update.id, update.writer);
      }
    });
  });
  // A close after syncing is the benchmark's own doing or shows up as lost updates.
  synced.catch(() => undefined);
  return {
    writer: doc.clientID,
    synced,
    set(key, value) {
      const id = `${doc.clientID}:${Y.getState(doc.store, doc.clientID)}`;
      map.set(key, value);
      return id;
    },
    close() {
      socket.close();
      doc.destroy();
    },
  };
}
