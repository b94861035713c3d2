import { checkDatabase } from "@mockboard/db";
import { NextResponse } from "next/server";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase(db());
  const body = {
    status: database.ok ? "ok" : "degraded",
    web: { ok: true, uptimeSeconds: Math.round(process.uptime()) },
    database,
    time: new Date().toISOString(),
  };
  return NextResponse.json(body, {
    status: database.ok ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
