// One share of the collab benchmark's load: the rooms one bench thread drives, each with two
// clients (load-client.ts) that set a record --rate times a second and time its arrival at
// the other. Sender and receiver of a room live in the same thread, so one clock times both.
import { boardSubprotocols, signBoardToken } from "@mockboard/protocol";
import { type LoadClient, openLoadClient, type UpdateId } from "./load-client";

const KEYS_PER_CLIENT = 20; // records are overwritten in place, like shapes being moved
const SYNC_TIMEOUT_MS = 30_000;
const DRAIN_MS = 10_000;

export interface RoomsLoad {
  url: string;
  /** Board tokens signed with this secret; null for the reference server (no auth). */
  secret: string | null;
  docIds: string[];
  rate: number;
  seconds: number;
}

export interface LoadOutcome {
  /** Propagation of each delivered update, ms. */
  latencies: number[];
  sent: number;
  delivered: number;
}

export interface ConnectedRooms {
  /** Sends for `seconds`, waits for the last updates to arrive (10 s at most), and reports. */
  run(): Promise<LoadOutcome>;
  close(): void;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Opens both clients of every room, 50 rooms at a time, resolving once all are synced. */
export async function connectRooms(load: RoomsLoad): Promise<ConnectedRooms> {
  const clients: LoadClient[] = [];
  const latencies: number[] = [];
  /** When each update not yet seen by the other side of its room was set. */
  const sentAt = new Map<UpdateId, number>();
  let delivered = 0;
  let sent = 0;

  for (let start = 0; start < load.docIds.length; start += 50) {
    const batch: Promise<void>[] = [];
    for (const docId of load.docIds.slice(start, start + 50)) {
      const token = load.secret
        ? await signBoardToken(load.secret, {
            sub: `u-${docId}`,
            doc: docId,
            role: "editor",
            name: "Bench",
            color: "#1971c2",
          })
        : null;
      for (let side = 0; side < 2; side++) {
        const client = openLoadClient({
          url: load.url,
          docId,
          // As the board does: the token in the websocket subprotocol, never in the URL.
          protocols: token ? boardSubprotocols(token) : [],
          onUpdate(id, writer) {
            if (writer === client.writer) return; // the echo of its own update
            const at = sentAt.get(id);
            if (at === undefined) return;
            sentAt.delete(id);
            latencies.push(performance.now() - at);
            delivered++;
          },
        });
        clients.push(client);
        batch.push(
          Promise.race([
            client.synced,
            sleep(SYNC_TIMEOUT_MS).then(() => Promise.reject(new Error(`${docId} did not sync in 30 s`))),
          ]),
        );
      }
    }
    await Promise.all(batch);
  }

  return {
    async run() {
      const intervalMs = 1000 / load.rate;
      const stopAt = performance.now() + load.seconds * 1000;
      const timers: NodeJS.Timeout[] = [];
      for (const [index, client] of clients.entries()) {
        let n = 0;
        // Spread the clients over the interval so the load is steady, not in bursts.
        const first = setTimeout(() => {
          const tick = () => {
            if (performance.now() >= stopAt) return;
            const t = performance.now();
            sentAt.set(client.set(`k${index}-${n % KEYS_PER_CLIENT}`, { t, n }), t);
            n++;
            sent++;
          };
          tick();
          timers.push(setInterval(tick, intervalMs));
        }, Math.random() * intervalMs);
        timers.push(first);
      }
      await sleep(load.seconds * 1000 + 100);
      for (const timer of timers) clearInterval(timer);
      const drainDeadline = performance.now() + DRAIN_MS;
      while (delivered < sent && performance.now() < drainDeadline) await sleep(50);
      await sleep(200);
      return { latencies, sent, delivered };
    },
    close() {
      for (const client of clients) client.close();
    },
  };
}
