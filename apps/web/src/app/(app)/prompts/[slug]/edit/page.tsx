import type { Metadata } from "next";
import { EditPromptPage } from "@/features/prompts";

export const metadata: Metadata = { title: "Edit prompt" };

export default async function Page({ params }: PageProps<"/prompts/[slug]/edit">) {
  return <EditPromptPage params={await params} />;
}
