import type { Metadata } from "next";
import { NotFoundPage } from "@/features/shell";

export const metadata: Metadata = { title: "Page not found" };

export default NotFoundPage;
