import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthLayout } from "@/components/AuthLayout";
import { RegisterForm } from "@/components/RegisterForm";
import { getCurrentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <AuthLayout>
      <div className="auth-card">
        <h1>Create your account</h1>
        <p className="muted">
          Already have one? <Link href="/signin">Sign in</Link>
        </p>
        <RegisterForm />
      </div>
    </AuthLayout>
  );
}
