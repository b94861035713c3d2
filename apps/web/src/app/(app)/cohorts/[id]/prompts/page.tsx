import type { Metadata } from "next";
import { CohortPromptsPage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Cohort prompts" };

export default async function Page({ params }: PageProps<"/cohorts/[id]/prompts">) {
  return <CohortPromptsPage params={await params} />;
}
