import type { Metadata } from "next";
import { CalibrationDetailPage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Blind calibration" };

export default async function Page({ params }: PageProps<"/cohorts/[id]/calibration/[calibrationId]">) {
  return <CalibrationDetailPage params={await params} />;
}
