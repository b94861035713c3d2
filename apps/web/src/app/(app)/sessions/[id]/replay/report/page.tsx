import type { Metadata } from "next";
import { ReportPage } from "@/features/replay";

export const metadata: Metadata = { title: "Session report" };

export default async function Page({ params }: PageProps<"/sessions/[id]/replay/report">) {
  return <ReportPage params={await params} />;
}
