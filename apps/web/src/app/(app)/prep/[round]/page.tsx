import type { Metadata } from "next";
import { PrepGuidePage } from "@/features/prep";

export const metadata: Metadata = { title: "Preparation guide" };

export default async function Page({ params }: PageProps<"/prep/[round]">) {
  return <PrepGuidePage params={await params} />;
}
