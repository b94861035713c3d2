import "server-only";
import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABELS, zoneWithAbbreviation } from "./cohort-labels";
import { CohortTabs } from "./components/CohortTabs";
import { loadCohort } from "./server/load-cohort";
import "./cohorts.css";

/** The frame every cohort tab shares: name, the viewer's role, the cohort's zone, the tabs. */
export async function CohortLayout({ params, children }: { params: unknown; children: ReactNode }) {
  const { cohort } = await loadCohort(params);
  return (
    <div className="cohort">
      <nav aria-label="Breadcrumb" className="small">
        <Link href="/cohorts">Cohorts</Link>
      </nav>
      <div className="page-head cohort-head">
        <div>
          <h1>{cohort.name}</h1>
          {cohort.description ? <p>{cohort.description}</p> : null}
        </div>
        <p className="small cohort-meta">
          <span className="badge">{ROLE_LABELS[cohort.role]}</span> · {cohort.memberCount}{" "}
          {cohort.memberCount === 1 ? "member" : "members"} · schedules in{" "}
          {zoneWithAbbreviation(cohort.timeZone)}
        </p>
      </div>
      <CohortTabs cohortId={cohort.id} />
      <div className="cohort-tab">{children}</div>
    </div>
  );
}
