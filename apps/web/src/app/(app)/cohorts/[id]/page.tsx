import type { Metadata } from "next";
import { MembersPage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Cohort members" };

export default async function Page({ params }: PageProps<"/cohorts/[id]">) {
  return <MembersPage params={await params} />;
}
