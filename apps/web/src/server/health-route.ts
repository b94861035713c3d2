import "server-only";
import { checkDatabase } from "@mockboard/db";
import { z } from "zod";
import { db } from "./db";
import { respond } from "./http/respond";
import { route } from "./http/route";

const HealthResponse = z.object({
  status: z.enum(["ok", "degraded"]),
  web: z.object({ ok: z.boolean(), uptimeSeconds: z.number() }),
  database: z.object({ ok: z.boolean(), latencyMs: z.number(), error: z.string().optional() }),
  time: z.string(),
});

export const healthGET = route({}, async () => {
  const database = await checkDatabase(db());
  return respond(
    HealthResponse,
    {
      status: database.ok ? "ok" : "degraded",
      web: { ok: true, uptimeSeconds: Math.round(process.uptime()) },
      database,
      time: new Date().toISOString(),
    },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
});
