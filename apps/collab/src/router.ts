// Asking the load balancer where a document belongs. nginx routes a document's websocket
// by its path (`hash $uri consistent`); a plain GET of the same path with `?route` takes
// the same way and the node there answers with its instance id (http.ts), so a node learns
// whether a document is routed to it, failed peers and all, without knowing nginx's ring.
import { DocId } from "@mockboard/protocol";

export interface Router {
  /** True or false when the router answered; null when it could not be asked. */
  routesHere(docId: string): Promise<boolean | null>;
}

const ASK_TIMEOUT_MS = 2000;

export function routerFor(routerUrl: string, instance: string): Router {
  const base = routerUrl.replace(/^ws(s?):\/\//, "http$1://").replace(/\/+$/, "");
  return {
    async routesHere(docId) {
      try {
        const response = await fetch(`${base}/${DocId.parse(docId)}?route`, {
          signal: AbortSignal.timeout(ASK_TIMEOUT_MS),
        });
        if (!response.ok) return null;
        const body = (await response.json()) as { server?: unknown };
        return typeof body.server === "string" ? body.server === instance : null;
      } catch {
        return null;
      }
    },
  };
}
