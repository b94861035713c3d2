import type { Metadata } from "next";
import { RegisterPage } from "@/features/auth";

export const metadata: Metadata = { title: "Create an account" };

export default async function Page({ searchParams }: PageProps<"/register">) {
  return <RegisterPage searchParams={await searchParams} />;
}
