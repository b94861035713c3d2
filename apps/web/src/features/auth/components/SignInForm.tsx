"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { signInWithPassword } from "../password-sign-in";
import { OAuthButtons } from "./OAuthButtons";

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
    const result = await signInWithPassword(
      String(form.get("email") ?? ""),
      String(form.get("password") ?? ""),
      callbackUrl,
    );
    if (!result.ok) {
      setPending(false);
      setError(result.message);
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
      <OAuthButtons providers={oauth} callbackUrl={callbackUrl} />
    </form>
  );
}
