import type { Metadata } from "next";
import { PrepIndexPage } from "@/features/prep";

export const metadata: Metadata = { title: "Prepare for a round" };

export default PrepIndexPage;
