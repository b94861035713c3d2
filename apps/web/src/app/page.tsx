import { redirect } from "next/navigation";
import { getCurrentUser } from "@/features/auth";
import { LandingPage } from "@/features/landing";

/** Signed-in people go to their dashboard; everyone else sees what Mockboard is. */
export default async function Home() {
  if (await getCurrentUser()) redirect("/dashboard");
  return <LandingPage />;
}
