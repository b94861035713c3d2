import type { Metadata } from "next";
import { CataloguePage } from "@/features/prompts";

export const metadata: Metadata = { title: "Prompts" };

export default async function Page({ searchParams }: PageProps<"/prompts">) {
  return <CataloguePage searchParams={await searchParams} />;
}
