"use client";

import {
  type CodeExercise,
  type CodeLanguage,
  codeText,
  LANGUAGES,
  publishRun,
  RUN_LIMITS,
  type RunRecord,
  shareable,
  testPlanFor,
} from "@mockboard/codepad";
import { type SandboxResult, SandboxRunner } from "@mockboard/codepad/sandbox";
import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { SANDBOX_URLS } from "./runtime-urls";

/** How often a running run's output is shared with the other person. */
const SHARE_EVERY_MS = 400;

/** A run still "running" this long after it started was abandoned (its starter closed the tab). */
export const ABANDONED_AFTER_MS = RUN_LIMITS.loadMs + RUN_LIMITS.timeMs + 5_000;

function newRunId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(9)), (byte) =>
    byte.toString(36).padStart(2, "0"),
  ).join("");
}

/** The run as the document shares it: output cut to what it carries, marked when cut. */
function record(base: RunRecord, output: { stdout: string; stderr: string }, truncated = false): RunRecord {
  const stdout = shareable(output.stdout);
  const stderr = shareable(output.stderr);
  return {
    ...base,
    stdout: stdout.text,
    stderr: stderr.text,
    truncated: truncated || stdout.cut || stderr.cut,
  };
}

/**
 * Puts the run's result (never the code) on the timeline. A run that started before the
 * session's end is kept when it ends just after it, so the start goes with it (session time).
 * Resolves to an error to show when the server did not keep it.
 */
async function reportRun(
  sessionId: string,
  run: RunRecord,
  result: SandboxResult,
  startedAt: number | null,
): Promise<string | null> {
  const passed = run.tests ? run.tests.filter((test) => test.passed).length : null;
  try {
    const response = await fetch(`/api/sessions/${sessionId}/code-events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "run",
        mode: run.mode,
        language: run.language,
        status: result.status,
        durationMs: result.durationMs,
        passed,
        total: run.tests ? run.tests.length : null,
        startedAt,
      }),
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    const reason = typeof body?.error === "string" ? body.error : `the server answered ${response.status}`;
    return `This run is not on the session's timeline: ${reason}`;
  } catch {
    return "This run is not on the session's timeline: the server could not be reached";
  }
}

/**
 * Runs the pad's code in this browser's sandboxes and shares the run through the document:
 * "running" at once, the output as it grows (a few times a second), the result at the end.
 * The timeline gets the result (never the code) from the server.
 */
export function useCodeRuns(options: {
  sessionId: string;
  doc: Y.Doc;
  userId: string;
  exercise: CodeExercise | null;
  /** Session time now (the room's clock); null before the session started. */
  sessionTime(): number | null;
}) {
  const runner = useRef<SandboxRunner | null>(null);
  const [active, setActive] = useState<{ id: string; stop(): void } | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(
    () => () => {
      runner.current?.dispose();
      runner.current = null;
    },
    [],
  );

  /** Starts loading the language's runtime before the first run (Pyodide is 12 MB). */
  function warm(language: CodeLanguage) {
    const runtime = LANGUAGES[language].runtime;
    if (!runtime) return;
    runner.current ??= new SandboxRunner(SANDBOX_URLS);
    void runner.current.warm(runtime).catch(() => undefined);
  }

  async function start(language: CodeLanguage, mode: "run" | "tests") {
    const { doc, userId, exercise, sessionId, sessionTime } = latest.current;
    const runtime = LANGUAGES[language].runtime;
    if (!runtime || active) return;
    const sessionStartedAt = sessionTime();
    setReportError(null);
    runner.current ??= new SandboxRunner(SANDBOX_URLS);
    const tests = mode === "tests" && exercise ? testPlanFor(exercise, language) : null;
    const base: RunRecord = {
      id: newRunId(),
      mode,
      language,
      by: userId,
      status: "running",
      startedAt: Date.now(),
      durationMs: null,
      stdout: "",
      stderr: "",
      truncated: false,
      tests: null,
    };
    publishRun(doc, base);
    const output = { stdout: "", stderr: "" };
    let shareTimer: ReturnType<typeof setTimeout> | undefined;
    const handle = runner.current.run(
      runtime,
      {
        language: language as "python" | "javascript" | "typescript",
        code: codeText(doc, language).toString(),
        tests,
      },
      (stream, text) => {
        output[stream] += text;
        shareTimer ??= setTimeout(() => {
          shareTimer = undefined;
          publishRun(doc, record(base, output));
        }, SHARE_EVERY_MS);
      },
    );
    setActive({ id: base.id, stop: handle.stop });
    const result = await handle.done;
    clearTimeout(shareTimer);
    const finished: RunRecord = record(
      { ...base, status: result.status, durationMs: result.durationMs, tests: result.tests },
      { stdout: result.stdout, stderr: result.stderr },
      result.truncated,
    );
    publishRun(doc, finished);
    setActive(null);
    setReportError(await reportRun(sessionId, finished, result, sessionStartedAt));
  }

  return { start, warm, stop: () => active?.stop(), activeRunId: active?.id ?? null, reportError };
}
