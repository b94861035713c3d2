import type { Metadata } from "next";
import { CalibrationPage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Cohort calibration" };

export default async function Page({ params }: PageProps<"/cohorts/[id]/calibration">) {
  return <CalibrationPage params={await params} />;
}
