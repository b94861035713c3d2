import { describe, expect, it } from "vitest";
import { RUN_REPORT_GRACE_MS, runReportDecision } from "./run-report";
import type { SessionViewer } from "./session-rules";

const promptGuide = { builtIn: true, promptStaff: false, candidateOfOpenSession: false };
const viewer = (role: SessionViewer["role"], stage: SessionViewer["stage"]): SessionViewer => ({
  role,
  stage,
  promptGuide,
});
const live = { startedAt: 1_000_000, endedAt: null };
const ended = { startedAt: 1_000_000, endedAt: 1_600_000 };

describe("a run's result on the timeline", () => {
  it("is kept while the session is open, at the moment the run started", () => {
    expect(runReportDecision(viewer("candidate", "live"), live, 550_000, 1_600_000)).toEqual({
      decision: "allowed",
      at: 550_000,
    });
  });

  it("is kept just after the end when the run started before it, at its start", () => {
    const now = ended.endedAt + 10_000;
    expect(runReportDecision(viewer("interviewer", "ended"), ended, 599_000, now)).toEqual({
      decision: "allowed",
      at: 599_000,
    });
  });

  it("is refused for a run that started after the end, or reported after the grace", () => {
    const soon = ended.endedAt + 1_000;
    expect(runReportDecision(viewer("candidate", "ended"), ended, 600_001, soon).decision).toBe("stage");
    expect(runReportDecision(viewer("candidate", "ended"), ended, null, soon).decision).toBe("stage");
    const late = ended.endedAt + RUN_REPORT_GRACE_MS + 1;
    expect(runReportDecision(viewer("candidate", "ended"), ended, 599_000, late).decision).toBe("stage");
    expect(runReportDecision(viewer("candidate", "released"), ended, 599_000, soon).decision).toBe("stage");
  });

  it("is refused to anyone who may not run code, before or after the end", () => {
    expect(runReportDecision(viewer("observer", "live"), live, 0, 1_600_000).decision).toBe("role");
    expect(runReportDecision(viewer("observer", "ended"), ended, 0, ended.endedAt).decision).toBe("role");
  });

  it("keeps the moment within what is possible: never in the future, never before the grace", () => {
    const now = 1_600_000;
    expect(runReportDecision(viewer("candidate", "live"), live, 900_000, now).at).toBe(600_000);
    expect(runReportDecision(viewer("candidate", "live"), live, 0, now).at).toBe(
      600_000 - RUN_REPORT_GRACE_MS,
    );
    expect(runReportDecision(viewer("candidate", "live"), live, null, now).at).toBe(600_000);
  });

  it("stamps a run before the session started when it is reported (no session time yet)", () => {
    const scheduled = { startedAt: null, endedAt: null };
    expect(runReportDecision(viewer("candidate", "scheduled"), scheduled, null, 5)).toEqual({
      decision: "allowed",
      at: null,
    });
  });
});
