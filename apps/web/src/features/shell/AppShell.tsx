import "server-only";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser, SignOutButton } from "@/features/auth";
import { unreadCount } from "@/features/notifications";
import { AppNav } from "./components/AppNav";
import { CollapsibleSidebar } from "./components/CollapsibleSidebar";
import "./shell.css";

/** The signed-in frame around every app page: sidebar navigation, who is signed in, skip link. */
export async function AppShell({ children }: { children: ReactNode }) {
  const user = await requireUser("/dashboard");
  const unread = await unreadCount(user.id);
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <CollapsibleSidebar
        brand={
          <Link href="/dashboard" className="brand">
            <span className="brand-mark" aria-hidden="true">
              M
            </span>{" "}
            Mockboard
          </Link>
        }
      >
        <AppNav unread={unread} />
        <div className="sidebar-foot">
          <div className="who">{user.name ?? "Signed in"}</div>
          <div className="email">{user.email}</div>
          <SignOutButton />
        </div>
      </CollapsibleSidebar>
      <main className="main" id="content">
        {children}
      </main>
    </div>
  );
}
