import type { Metadata } from "next";
import { AppForbiddenPage } from "@/features/shell";

export const metadata: Metadata = { title: "Not allowed" };

// An app page's forbidden() (editing a prompt you may only read) renders here, inside the app's shell.
export default AppForbiddenPage;
