import "server-only";
import Link from "next/link";
import { redirect } from "next/navigation";
import { env } from "@/server/env";
import { AuthLayout } from "./components/AuthLayout";
import { SignInForm } from "./components/SignInForm";
import { oauthProviders } from "./server/auth-options";
import { getCurrentUser } from "./server/current-user";
import { SignInQuery } from "./sign-in-query";

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account.",
  OAuthAccountNotLinked: "That email is already registered with another sign-in method.",
  SessionRequired: "Sign in to continue.",
};

/** Development builds always show the demo accounts; a production build only with MOCKBOARD_DEMO=1. */
function showDemoAccounts(): boolean {
  const { NODE_ENV, MOCKBOARD_DEMO } = env();
  return NODE_ENV !== "production" || MOCKBOARD_DEMO === "1";
}

export async function SignInPage({ searchParams }: { searchParams: unknown }) {
  const { callbackUrl, error } = SignInQuery.parse(searchParams);
  if (await getCurrentUser()) redirect(callbackUrl);
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
          initialError={error ? (ERRORS[error] ?? "Sign-in failed. Try again.") : undefined}
        />
        {showDemoAccounts() ? (
          <div className="demo">
            Demo accounts (password <code>mockboard-demo</code>): <code>interviewer@mockboard.dev</code>,{" "}
            <code>candidate@mockboard.dev</code>
          </div>
        ) : null}
      </div>
    </AuthLayout>
  );
}
