// The web app's access changes (the `mockboard_board_access` NOTIFY channel), opened with
// the public port. Without a database URL access ends only at token expiry.
import { type BoardAccessListener, listenForBoardAccessChanges } from "@mockboard/db/board-access";
import type { BoardAccessChange } from "@mockboard/protocol";
import type { Logger } from "pino";

/** How long listen() waits for the access feed before serving without it (it keeps retrying). */
const ACCESS_FEED_WAIT_MS = 2000;

export function openAccessFeed(
  databaseUrl: string | undefined,
  onChange: (change: BoardAccessChange) => void,
  logger: Logger,
): BoardAccessListener | null {
  if (!databaseUrl) {
    logger.warn("no databaseUrl: access changes are not received; tokens still expire");
    return null;
  }
  return listenForBoardAccessChanges(databaseUrl, onChange, {
    onError: (error) => logger.warn({ err: error }, "access feed dropped; reconnecting"),
    onReconnected: () =>
      logger.warn("access feed is back; changes sent while it was down were missed until tokens expire"),
  });
}

/** Waits a little for the feed to listen; serving starts either way. */
export async function awaitAccessFeed(feed: BoardAccessListener | null, logger: Logger): Promise<void> {
  if (!feed) return;
  const ready = await Promise.race([
    feed.ready.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(resolve, ACCESS_FEED_WAIT_MS, false).unref()),
  ]);
  if (!ready) logger.error("access feed not listening yet; serving anyway, it keeps retrying");
}
