import "server-only";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@mockboard/db";
import Link from "next/link";
import { redirect } from "next/navigation";
import { env } from "@/server/env";
import { authPageHref } from "./auth-links";
import { AuthLayout } from "./components/AuthLayout";
import { SignInForm } from "./components/SignInForm";
import { oauthProviders } from "./server/auth-options";
import { getCurrentUser } from "./server/current-user";
import { SignInQuery } from "./sign-in-query";

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account.",
  OAuthAccountNotLinked: "That email is already registered with another sign-in method.",
  SessionRequired: "Sign in to continue.",
  RegisteredSignInFailed:
    "We could not sign you in with that email and password. If the email already has an account, sign in with its password.",
};

/** What each demo account is for, by its role in the demo cohort. */
const DEMO_ROLES: Record<(typeof DEMO_ACCOUNTS)[number]["role"], string> = {
  OWNER: "interviews; owns the demo cohort",
  MEMBER: "the candidate",
  COACH: "coaches the demo cohort",
};

/** Demo mode (MOCKBOARD_DEMO=1, which `npm start` sets) is the only time the demo accounts are listed. */
function showDemoAccounts(): boolean {
  return env().MOCKBOARD_DEMO === "1";
}

export async function SignInPage({ searchParams }: { searchParams: unknown }) {
  const { callbackUrl, error } = SignInQuery.parse(searchParams);
  if (await getCurrentUser()) redirect(callbackUrl);
  const oauth = oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
  return (
    <AuthLayout>
      <div className="auth-card">
        <h1>Sign in</h1>
        {callbackUrl.startsWith("/join/") ? (
          <p className="auth-context">
            You were invited to practise on Mockboard (a mock interview or a cohort). Sign in, or create an
            account, and you will go straight back to the invite.
          </p>
        ) : null}
        <p className="muted">
          New here? <Link href={authPageHref("/register", callbackUrl)}>Create an account</Link>
        </p>
        <SignInForm
          callbackUrl={callbackUrl}
          oauth={oauth}
          initialError={error ? (ERRORS[error] ?? "Sign-in failed. Try again.") : undefined}
        />
        {showDemoAccounts() ? (
          <section className="demo" aria-labelledby="demo-title">
            <h2 id="demo-title">Demo accounts</h2>
            <p>
              Password <code>{DEMO_PASSWORD}</code> for each:
            </p>
            <ul>
              {DEMO_ACCOUNTS.map((account) => (
                <li key={account.email}>
                  <code>{account.email}</code>{" "}
                  <span className="muted">
                    {account.name}, {DEMO_ROLES[account.role]}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </AuthLayout>
  );
}
