"use client";

import { signIn } from "next-auth/react";

/** "Continue with GitHub": signs in, or creates the account, and comes back to `callbackUrl`. */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  if (!providers.length) return null;
  return (
    <div className="oauth">
      <div className="divider">or</div>
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="btn btn-block"
          onClick={() => signIn(provider.id, { callbackUrl })}
        >
          Continue with {provider.name}
        </button>
      ))}
    </div>
  );
}
