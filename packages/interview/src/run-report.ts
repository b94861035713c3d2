import { type Decision, decide, type SessionViewer } from "./session-rules";
import { type SessionSpan, sessionTimeAt } from "./session-time";

/**
 * How long after the end a run that started before it may still report its result: the
 * runtime's first load (up to 60 s), the run's time limit (10 s) and the request's way here.
 */
export const RUN_REPORT_GRACE_MS = 90_000;

/**
 * Whether a run's result goes on the timeline, and at which session time. A browser reports a
 * run when it ends, so a run started before the end may report just after it: it is kept
 * within the grace, stamped when it started (before the end). `runStartedAt` is the session
 * time the browser read at the start (null: before the session started); it is kept within
 * what is possible (no later than now, no earlier than the grace before now). `at` is null
 * when refused, or when the session has not started (stamp it now).
 */
export function runReportDecision(
  viewer: SessionViewer,
  span: SessionSpan,
  runStartedAt: number | null,
  now: number,
): { decision: Decision; at: number | null } {
  const decision = decide(viewer, "run-code");
  const sessionNow = sessionTimeAt(span, now);
  if (span.startedAt === null || sessionNow === null) return { decision, at: null };
  const earliest = Math.max(0, now - span.startedAt - RUN_REPORT_GRACE_MS);
  const at = Math.min(Math.max(runStartedAt ?? sessionNow, earliest), sessionNow);
  if (decision === "allowed") return { decision, at };
  const late =
    decision === "stage" &&
    viewer.stage === "ended" &&
    span.endedAt !== null &&
    now - span.endedAt <= RUN_REPORT_GRACE_MS &&
    runStartedAt !== null &&
    runStartedAt <= sessionNow; // the clock stops at the end: later means it started after it
  return late ? { decision: "allowed", at } : { decision, at: null };
}
