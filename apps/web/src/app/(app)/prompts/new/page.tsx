import type { Metadata } from "next";
import { NewPromptPage } from "@/features/prompts";

export const metadata: Metadata = { title: "Write a prompt" };

export default NewPromptPage;
