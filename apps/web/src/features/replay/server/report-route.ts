import "server-only";
import { loadReplayView, SessionId } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { route } from "@/server/http/route";
import { reportMarkdown } from "../report";

const Params = z.object({ id: SessionId });

/** A file name from a title: letters, digits and dashes only. */
export function fileNameOf(title: string, suffix: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${base || "session"}-${suffix}`;
}

/** The session report as a Markdown file, with what the caller may read of it. */
export const replayReportGET = route(
  { authenticate: requireApiUser, params: Params },
  async ({ user, params }) => {
    const view = await loadReplayView(db(), params.id, user.id);
    return new NextResponse(reportMarkdown(view, env().NEXTAUTH_URL), {
      headers: {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": `attachment; filename="${fileNameOf(view.title, "report.md")}"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
