import "server-only";
import { timingSafeEqual } from "node:crypto";
import { checkDatabase } from "@mockboard/db";
import { z } from "zod";
import { db } from "./db";
import { env } from "./env";
import { respond } from "./http/respond";
import { route } from "./http/route";

const Status = z.enum(["ok", "degraded"]);

/** What anyone may know: up or not. Load balancers and scripts poll for "status":"ok". */
const PublicHealth = z.object({ status: Status });

/** What an operator sees with HEALTH_TOKEN: where the trouble is, including the database's error text. */
const OperatorHealth = z.object({
  status: Status,
  web: z.object({ ok: z.boolean(), uptimeSeconds: z.number() }),
  database: z.object({ ok: z.boolean(), latencyMs: z.number(), error: z.string().optional() }),
  time: z.string(),
});

/** Whether the request carries `Authorization: Bearer <HEALTH_TOKEN>` (compared in constant time). */
export function isOperator(authorization: string | null, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  const offered = Buffer.from(authorization.slice("Bearer ".length).trim());
  const expected = Buffer.from(token);
  return offered.length === expected.length && timingSafeEqual(offered, expected);
}

/**
 * Health: 200 with `{"status":"ok"}`, or 503 with `{"status":"degraded"}`, for anyone;
 * web and database details (latency, error text) only for an operator's bearer token.
 */
export const healthGET = route({}, async ({ request }) => {
  const database = await checkDatabase(db());
  const status = database.ok ? "ok" : "degraded";
  const init = { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } };
  if (!isOperator(request.headers.get("authorization"), env().HEALTH_TOKEN)) {
    return respond(PublicHealth, { status }, init);
  }
  return respond(
    OperatorHealth,
    {
      status,
      web: { ok: true, uptimeSeconds: Math.round(process.uptime()) },
      database,
      time: new Date().toISOString(),
    },
    init,
  );
});
