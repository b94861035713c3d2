import type { Metadata } from "next";
import { RoomPage } from "@/features/room";

export const metadata: Metadata = { title: "Session" };

export default async function Page({ params }: PageProps<"/sessions/[id]">) {
  return <RoomPage params={await params} />;
}
