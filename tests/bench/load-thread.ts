// A bench thread (worker_threads): drives its share of the rooms (load-driver.ts) when the
// bench says so. Several threads let the load generator use more than one core.
import { parentPort, workerData } from "node:worker_threads";
import { type ConnectedRooms, connectRooms, type RoomsLoad } from "./load-driver";

export type ThreadCommand = "run" | "close";
export type ThreadReport =
  | { kind: "ready" }
  | { kind: "done"; outcome: Awaited<ReturnType<ConnectedRooms["run"]>> };

const port = parentPort;
if (!port) throw new Error("load-thread.ts runs as a worker thread of collab-bench.ts");
const rooms = await connectRooms(workerData as RoomsLoad);
port.postMessage({ kind: "ready" } satisfies ThreadReport);
port.on("message", async (command: ThreadCommand) => {
  if (command === "run")
    port.postMessage({ kind: "done", outcome: await rooms.run() } satisfies ThreadReport);
  else {
    rooms.close();
    port.close();
  }
});
