import { redirect } from "next/navigation";
import { getCurrentUser } from "@/features/auth";

export default async function Home() {
  redirect((await getCurrentUser()) ? "/dashboard" : "/signin");
}
