import type { Metadata } from "next";
import { ReplayPage } from "@/features/replay";

export const metadata: Metadata = { title: "Replay" };

export default async function Page({ params, searchParams }: PageProps<"/sessions/[id]/replay">) {
  return <ReplayPage params={await params} searchParams={await searchParams} />;
}
