import "server-only";
import Link from "next/link";
import { redirect } from "next/navigation";
import { authPageHref } from "./auth-links";
import { AuthLayout } from "./components/AuthLayout";
import { RegisterForm } from "./components/RegisterForm";
import { oauthProviders } from "./server/auth-options";
import { getCurrentUser } from "./server/current-user";
import { SignInQuery } from "./sign-in-query";

/** Registration; like sign-in, it comes back to where the visitor was going (an invite, say). */
export async function RegisterPage({ searchParams }: { searchParams: unknown }) {
  const { callbackUrl } = SignInQuery.parse(searchParams);
  if (await getCurrentUser()) redirect(callbackUrl);
  const oauth = oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
  const joining = callbackUrl.startsWith("/join/");
  return (
    <AuthLayout>
      <div className="auth-card">
        <h1>Create your account</h1>
        {joining ? (
          <p className="auth-context">
            You were invited to practise on Mockboard (a mock interview or a cohort). Create an account and
            you will go straight back to the invite.
          </p>
        ) : null}
        <p className="muted">
          Already have one? <Link href={authPageHref("/signin", callbackUrl)}>Sign in</Link>
        </p>
        <RegisterForm callbackUrl={callbackUrl} oauth={oauth} />
      </div>
    </AuthLayout>
  );
}
