import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthLayout } from "@/components/AuthLayout";
import { SignInForm } from "@/components/SignInForm";
import { oauthProviders } from "@/server/auth/options";
import { getCurrentUser } from "@/server/auth/session";
import { safeCallbackUrl } from "@/server/safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account.",
  OAuthAccountNotLinked: "That email is already registered with another sign-in method.",
  SessionRequired: "Sign in to continue.",
};

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const oauth = oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
  return (
    <AuthLayout>
      <div className="auth-card">
        <h1>Sign in</h1>
        <p className="muted">
          New here? <Link href="/register">Create an account</Link>
        </p>
        <SignInForm
          callbackUrl={callbackUrl}
          oauth={oauth}
          initialError={errorCode ? (ERRORS[errorCode] ?? "Sign-in failed. Try again.") : undefined}
        />
        {process.env.NODE_ENV !== "production" || process.env.MOCKBOARD_DEMO === "1" ? (
          <div className="demo">
            Demo accounts (password <code>mockboard-demo</code>): <code>interviewer@mockboard.dev</code>,{" "}
            <code>candidate@mockboard.dev</code>
          </div>
        ) : null}
      </div>
    </AuthLayout>
  );
}
