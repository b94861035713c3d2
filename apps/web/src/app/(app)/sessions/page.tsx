import type { Metadata } from "next";
import { SessionsPage } from "@/features/sessions";

export const metadata: Metadata = { title: "Sessions" };

export default async function Page({ searchParams }: PageProps<"/sessions">) {
  return <SessionsPage searchParams={await searchParams} />;
}
