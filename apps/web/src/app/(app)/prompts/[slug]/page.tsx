import type { Metadata } from "next";
import { PromptPage } from "@/features/prompts";

export const metadata: Metadata = { title: "Prompt" };

export default async function Page({ params, searchParams }: PageProps<"/prompts/[slug]">) {
  return <PromptPage params={await params} searchParams={await searchParams} />;
}
