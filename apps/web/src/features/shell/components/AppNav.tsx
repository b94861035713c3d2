"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";

const LINKS = [
  { href: "/dashboard", label: "Dashboard", key: "d" },
  { href: "/prompts", label: "Prompts", key: "p" },
  { href: "/sessions", label: "Sessions", key: "s" },
  { href: "/prep", label: "Prepare", key: "r" },
  { href: "/cohorts", label: "Cohorts", key: "c" },
  { href: "/notifications", label: "Inbox", key: "i" },
] as const;

function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Sidebar navigation; "g" then a letter jumps to a section, as in most web apps. The inbox
 * shows how many notifications are unread.
 */
export function AppNav({ unread = 0 }: { unread?: number }) {
  const pathname = usePathname();
  const router = useRouter();

  useEffect(() => {
    let armed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (!armed && event.key === "g") {
        armed = true;
        timer = setTimeout(() => {
          armed = false;
        }, 1200);
        return;
      }
      if (armed) {
        armed = false;
        clearTimeout(timer);
        const link = LINKS.find((candidate) => candidate.key === event.key);
        // A page can ask before leaving (a live interview sets data-leave-warning on <html>).
        const warning = document.documentElement.dataset.leaveWarning;
        if (link && (!warning || window.confirm(warning))) router.push(link.href);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  return (
    <nav className="nav" aria-label="Main">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={pathname === link.href || pathname.startsWith(`${link.href}/`) ? "page" : undefined}
        >
          {link.label}
          {link.href === "/notifications" && unread > 0 ? (
            <span className="nav-count">
              {unread}
              <span className="sr-only"> unread</span>
            </span>
          ) : null}
          <kbd title={`Press g then ${link.key}`}>g {link.key}</kbd>
        </Link>
      ))}
    </nav>
  );
}
