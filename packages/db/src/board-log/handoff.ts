// Collab nodes asking each other for documents over Postgres LISTEN/NOTIFY: a node that
// receives a connection for a document another live node owns asks that node to hand it
// over (flush, release the lease, send its clients to reconnect). Asking is only a
// request: the lease decides, and the asker keeps asking until it gets it or gives up.
import { DocId } from "@mockboard/protocol";
import * as z from "zod/mini";
import { type ChannelListener, listenOnChannel } from "../notify/channel-listener";

export const BOARD_HANDOFF_CHANNEL = "mockboard_board_handoff";

export const HandoffRequest = z.strictObject({
  docId: DocId,
  /** The node asked to let go. */
  from: z.int().check(z.positive()),
  /** The node that wants the document. */
  to: z.int().check(z.positive()),
});
export type HandoffRequest = z.infer<typeof HandoffRequest>;

export async function requestHandoff(
  target: { query(text: string, values: unknown[]): Promise<unknown> },
  request: HandoffRequest,
): Promise<void> {
  await target.query("select pg_notify($1, $2)", [
    BOARD_HANDOFF_CHANNEL,
    JSON.stringify(HandoffRequest.parse(request)),
  ]);
}

/** LISTENs for requests addressed to `nodeId()` (read on each message: a node's id can change). */
export function listenForHandoffRequests(
  connectionString: string,
  nodeId: () => number | null,
  onRequest: (request: HandoffRequest) => void,
  options: { onError?(error: Error): void } = {},
): ChannelListener {
  return listenOnChannel(
    connectionString,
    { name: BOARD_HANDOFF_CHANNEL, payload: HandoffRequest, maxPayloadBytes: 512 },
    (request) => {
      if (request.from === nodeId()) onRequest(request);
    },
    { onError: options.onError },
  );
}
