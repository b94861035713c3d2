"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";

/** The sidebar's way out: the account page (sign out on every device) and signing out here. */
export function SignOutButton() {
  return (
    <>
      <Link href="/account" className="btn btn-ghost">
        Account
      </Link>
      <button type="button" className="btn btn-ghost" onClick={() => signOut({ callbackUrl: "/signin" })}>
        Sign out
      </button>
    </>
  );
}
