"use client";

import Link from "next/link";

/**
 * next-auth's browser client, fetched when someone signs out rather than with every page:
 * the sidebar is on every page, signing out is rare.
 */
async function signOutHere() {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/signin" });
}

/** The sidebar's way out: the account page (sign out on every device) and signing out here. */
export function SignOutButton() {
  return (
    <>
      <Link href="/account" className="btn btn-ghost">
        Account
      </Link>
      <button type="button" className="btn btn-ghost" onClick={() => void signOutHere()}>
        Sign out
      </button>
    </>
  );
}
