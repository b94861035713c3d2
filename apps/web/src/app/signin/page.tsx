import type { Metadata } from "next";
import { SignInPage } from "@/features/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function Page({ searchParams }: PageProps<"/signin">) {
  return <SignInPage searchParams={await searchParams} />;
}
