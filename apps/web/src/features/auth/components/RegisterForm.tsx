"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { signInWithPassword } from "../password-sign-in";
import { OAuthButtons } from "./OAuthButtons";

type FieldErrors = Partial<Record<"name" | "email" | "password", string[]>>;

interface Props {
  /** Where the new account goes next: an invite it came from, or the dashboard. Already same-site. */
  callbackUrl: string;
  oauth: { id: string; name: string }[];
}

export function RegisterForm({ callbackUrl, oauth }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    const response = await fetch("/api/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).catch(() => null);
    if (!response?.ok) {
      const payload = response ? await response.json().catch(() => ({})) : {};
      setError(payload.error ?? "Could not reach the server. Try again.");
      setFieldErrors(payload.details ?? {});
      setPending(false);
      return;
    }
    // Registration answers the same whether or not the email was new; signing in says which.
    const signedIn = await signInWithPassword(body.email, body.password, callbackUrl);
    if (!signedIn.ok && signedIn.reason !== "wrong-password") {
      // Too many attempts, a busy server or no connection: say so here, with how long to wait.
      setError(signedIn.message);
      setPending(false);
      return;
    }
    // If the password did not open the account (the email already had one, say), the
    // sign-in page leads on to the same destination.
    router.push(
      signedIn.ok
        ? callbackUrl
        : `/signin?${new URLSearchParams({ callbackUrl, error: "RegisteredSignInFailed" })}`,
    );
    router.refresh();
  }

  const fieldError = (name: keyof FieldErrors) =>
    fieldErrors[name]?.[0] ? <span className="error">{fieldErrors[name]?.[0]}</span> : null;

  return (
    <form onSubmit={onSubmit}>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="name">Name</label>
        <input id="name" name="name" autoComplete="name" required maxLength={80} />
        {fieldError("name")}
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
        {fieldError("email")}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
        />
        <span className="help">At least 8 characters.</span>
        {fieldError("password")}
      </div>
      <button className="btn btn-primary btn-block" type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <OAuthButtons providers={oauth} callbackUrl={callbackUrl} />
    </form>
  );
}
