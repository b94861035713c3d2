import "server-only";
import { loadSessionAccess, SessionId } from "@mockboard/db";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { route } from "@/server/http/route";
import { subscribeToSession } from "./session-feed-hub";

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events for one room: a bare "change" with the kind of thing that changed,
 * never its content. The browser then refetches its own state, which is filtered by role.
 */
export const liveFeedGET = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }) },
  async ({ request, user, params }) => {
    await loadSessionAccess(db(), params.id, user.id);
    const encoder = new TextEncoder();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            cleanup();
          }
        };
        send("retry: 2000\n\n");
        const unsubscribe = subscribeToSession(params.id, (change) =>
          send(`event: change\ndata: ${JSON.stringify({ kind: change.kind })}\n\n`),
        );
        const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
        cleanup = () => {
          unsubscribe();
          clearInterval(heartbeat);
        };
        request.signal.addEventListener("abort", () => {
          cleanup();
          try {
            controller.close();
          } catch {
            // already closed
          }
        });
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
