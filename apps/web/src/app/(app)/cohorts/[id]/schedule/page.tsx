import type { Metadata } from "next";
import { SchedulePage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Cohort schedule" };

export default async function Page({ params, searchParams }: PageProps<"/cohorts/[id]/schedule">) {
  return <SchedulePage params={await params} searchParams={await searchParams} />;
}
