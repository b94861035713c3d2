"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { path: "", label: "Members" },
  { path: "/schedule", label: "Schedule" },
  { path: "/progress", label: "Progress" },
  { path: "/calibration", label: "Calibration" },
  { path: "/prompts", label: "Prompts" },
] as const;

/** The cohort page's tabs: links (each tab is its own address), the current one marked. */
export function CohortTabs({ cohortId }: { cohortId: string }) {
  const pathname = usePathname();
  const base = `/cohorts/${cohortId}`;
  return (
    <nav className="cohort-tabs" aria-label="Cohort">
      {TABS.map((tab) => {
        const href = `${base}${tab.path}`;
        const current = tab.path === "" ? pathname === base : pathname.startsWith(href);
        return (
          <Link key={tab.path} href={href} aria-current={current ? "page" : undefined}>
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
