import type { Metadata } from "next";
import { ProgressPage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Cohort progress" };

export default async function Page({ params, searchParams }: PageProps<"/cohorts/[id]/progress">) {
  return <ProgressPage params={await params} searchParams={await searchParams} />;
}
