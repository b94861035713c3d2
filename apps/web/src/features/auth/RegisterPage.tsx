import "server-only";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthLayout } from "./components/AuthLayout";
import { RegisterForm } from "./components/RegisterForm";
import { getCurrentUser } from "./server/current-user";

export async function RegisterPage() {
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
