"use client";

import dynamic from "next/dynamic";

function Loading() {
  return (
    <p className="small muted" role="status">
      <span className="spinner" aria-hidden="true" /> Loading…
    </p>
  );
}

// The room renders every panel it may show, but a live interview opens on the brief: the
// scorecard and the self-assessment are chunks of their own, fetched when first shown (the
// server still renders them), so the room's first paint does not carry their code.
export const ScorecardPanel = dynamic(
  () => import("./ScorecardPanel").then((module) => module.ScorecardPanel),
  {
    loading: Loading,
  },
);
export const SelfAssessmentPanel = dynamic(
  () => import("./SelfAssessmentPanel").then((module) => module.SelfAssessmentPanel),
  { loading: Loading },
);
