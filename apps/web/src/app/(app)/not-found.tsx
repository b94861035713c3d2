import type { Metadata } from "next";
import { AppNotFoundPage } from "@/features/shell";

export const metadata: Metadata = { title: "Page not found" };

// An app page's notFound() (a session you are not in) renders here, inside the app's shell.
export default AppNotFoundPage;
