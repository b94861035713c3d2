import "server-only";
import { loadSessionAccess, NotFoundError, SessionId } from "@mockboard/db";
import { hearsLiveChange } from "@mockboard/interview";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { clientIp } from "@/server/client-ip";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { tryAgainLater } from "@/server/http/http-error";
import { route } from "@/server/http/route";
import { logger } from "@/server/logger";
import { type SessionFeedEvent, subscribeToSession } from "@/server/session-feed";
import { takeLiveStreamSlot } from "./live-streams";

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events for one room: a bare "change" with the kind of thing that changed,
 * never its content. The browser then refetches its own state, which is filtered by role.
 * Each push is checked against the person's access as it is now: a kind they may not read
 * about is not sent, and a person who lost access (removed from the session, or from the
 * cohort they observed) has the stream closed.
 */
export const liveFeedGET = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }) },
  async ({ request, user, params }) => {
    await loadSessionAccess(db(), params.id, user.id);
    const releaseSlot = takeLiveStreamSlot(user.id, clientIp(request.headers, env().TRUSTED_PROXY_HOPS));
    if (!releaseSlot) throw tryAgainLater(429, "Too many live updates open from here; close another tab.", 5);
    const encoder = new TextEncoder();
    let cleanup = releaseSlot;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let open = true;
        const end = () => {
          cleanup();
          if (!open) return;
          open = false;
          try {
            controller.close();
          } catch {
            // already closed
          }
        };
        const send = (text: string) => {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            end();
          }
        };
        // One check at a time, so pushes keep their order.
        let checks = Promise.resolve();
        const forward = (event: SessionFeedEvent) => {
          checks = checks.then(async () => {
            if (!open) return;
            try {
              const access = await loadSessionAccess(db(), params.id, user.id);
              if (hearsLiveChange(access.can, event.kind))
                send(`event: change\ndata: ${JSON.stringify({ kind: event.kind })}\n\n`);
            } catch (error) {
              if (!(error instanceof NotFoundError))
                logger().warn({ err: error, sessionId: params.id }, "live feed: could not check access");
              end();
            }
          });
        };
        send("retry: 2000\n\n");
        const unsubscribe = subscribeToSession(params.id, forward);
        const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
        cleanup = () => {
          unsubscribe();
          clearInterval(heartbeat);
          releaseSlot();
        };
        request.signal.addEventListener("abort", end);
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  },
);
