import { AppShell } from "@/features/shell";

export default AppShell;
