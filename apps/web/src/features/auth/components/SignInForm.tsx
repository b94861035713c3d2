"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";

interface Props {
  callbackUrl: string;
  oauth: { id: string; name: string }[];
  initialError?: string;
}

export function SignInForm({ callbackUrl, oauth, initialError }: Props) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
      callbackUrl,
    });
    if (!result || result.error) {
      setPending(false);
      setError("That email and password do not match an account.");
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate={false} aria-describedby={error ? "signin-error" : undefined}>
      {error ? (
        <div className="alert alert-error" role="alert" id="signin-error">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="btn btn-primary btn-block" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      {oauth.length > 0 ? <div className="divider">or</div> : null}
      {oauth.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="btn btn-block"
          style={{ marginBottom: "0.5rem" }}
          onClick={() => signIn(provider.id, { callbackUrl })}
        >
          Continue with {provider.name}
        </button>
      ))}
    </form>
  );
}
