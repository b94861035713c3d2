"use client";

import type { SessionDoc } from "@mockboard/board/react";
import {
  CODE_LANGUAGES,
  type CodeExercise,
  type CodeLanguage,
  codeText,
  currentLanguage,
  LANGUAGES,
  latestRun,
  padState,
  type RunRecord,
  seedStarterCode,
  setLanguage,
} from "@mockboard/codepad";
import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { publishCodeSelection } from "@/ui/code-selection";
import { useSessionClock } from "@/ui/SessionClock";
import { type CodeEditor, createCodeEditor } from "../editor/code-editor";
import { ABANDONED_AFTER_MS, useCodeRuns } from "../runs/use-code-runs";
import { RunOutput } from "./RunOutput";
import "../codepad.css";

export interface CodePadProps {
  sessionId: string;
  doc: Y.Doc;
  awareness: SessionDoc["awareness"];
  /** This person may type (the board token's role and the session rules agree). */
  editable: boolean;
  canRun: boolean;
  userId: string;
  exercise: CodeExercise | null;
  /** Names of the people who may start runs, by user id. */
  people: Record<string, string>;
}

const FONT_SIZES = [12, 13, 14, 16, 18, 20, 24];
const FONT_KEY = "mockboard.code-font-size";

function useSharedPad(doc: Y.Doc, fallback: CodeLanguage) {
  const read = () => ({ language: currentLanguage(doc, fallback), run: latestRun(doc) });
  const [pad, setPad] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read whenever the shared map changes
  useEffect(() => {
    const state = padState(doc);
    const onChange = () => setPad(read());
    state.observe(onChange);
    onChange();
    return () => state.unobserve(onChange);
  }, [doc]);
  return pad;
}

/** A run someone else started that is still going, or one whose starter left mid-run. */
function runState(run: RunRecord | null, activeRunId: string | null, now: number) {
  const running = run?.status === "running";
  const abandoned = running && run.id !== activeRunId && now - run.startedAt > ABANDONED_AFTER_MS;
  const othersRunning = running && run.id !== activeRunId && !abandoned;
  return { abandoned, othersRunning };
}

/**
 * The shared code editor: CodeMirror bound to the session document, a language picker, font
 * size, Run and Run tests, and the output everyone sees. Read-only when this person may not type.
 */
export default function CodePad(props: CodePadProps) {
  const { doc, exercise } = props;
  const fallback = exercise && !exercise.starter.python ? firstStarterLanguage(exercise) : "python";
  const { language, run } = useSharedPad(doc, fallback);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [fontSize, setFontSize] = useState(14);
  const clock = useSessionClock();
  const runs = useCodeRuns({
    sessionId: props.sessionId,
    doc,
    userId: props.userId,
    exercise,
    sessionTime: clock.sessionTime,
  });
  const latestRuns = useRef(runs);
  latestRuns.current = runs;
  const [now, setNow] = useState(() => Date.now());
  const info = LANGUAGES[language];
  const runnable = info.runtime !== null && props.canRun;
  const hasTests = Boolean(exercise?.tests.length);

  useEffect(() => {
    const stored = Number(globalThis.localStorage?.getItem(FONT_KEY));
    if (FONT_SIZES.includes(stored)) setFontSize(stored);
  }, []);

  // The prompt's starter code for this language, once for the whole session (seedStarterCode).
  useEffect(() => {
    if (props.editable && exercise?.starter[language])
      seedStarterCode(doc, language, exercise.starter[language]);
  }, [doc, language, exercise, props.editable]);

  // One editor per language's text; a change of language shows that language's code.
  // biome-ignore lint/correctness/useExhaustiveDependencies: editable and font size are reconfigured below, not rebuilt
  useEffect(() => {
    if (!host.current) return;
    const created = createCodeEditor({
      parent: host.current,
      text: codeText(doc, language),
      awareness: props.awareness,
      language,
      editable: props.editable,
      fontSize,
      onRun: (mode) => {
        if (LANGUAGES[language].runtime && props.canRun) void latestRuns.current.start(language, mode);
      },
      onSelection: (selection) =>
        publishCodeSelection(selection ? { ...selection, language: LANGUAGES[language].label } : null),
    });
    editor.current = created;
    return () => {
      publishCodeSelection(null);
      created.destroy();
      editor.current = null;
    };
  }, [doc, language, props.awareness, props.canRun]);

  useEffect(() => editor.current?.setEditable(props.editable), [props.editable]);
  useEffect(() => editor.current?.setFontSize(fontSize), [fontSize]);

  // A run someone else started shows as "running" until it ends or is clearly abandoned.
  useEffect(() => {
    if (run?.status !== "running") return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [run?.status]);
  const { abandoned, othersRunning } = runState(run, runs.activeRunId, now);

  function chooseLanguage(next: CodeLanguage) {
    if (next === language) return;
    setLanguage(doc, next);
    void fetch(`/api/sessions/${props.sessionId}/code-events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "language", from: language, to: next }),
    }).catch(() => undefined);
  }

  function chooseFontSize(size: number) {
    setFontSize(size);
    globalThis.localStorage?.setItem(FONT_KEY, String(size));
  }

  const running = runs.activeRunId !== null;
  const runBlocked = running || othersRunning;
  return (
    <div className="codepad" data-testid="codepad" data-language={language}>
      <div className="codepad-bar">
        <label className="codepad-field">
          <span className="small muted">Language</span>
          <select
            value={language}
            disabled={!props.editable}
            onChange={(event) => chooseLanguage(event.target.value as CodeLanguage)}
          >
            {CODE_LANGUAGES.map((id) => (
              <option key={id} value={id}>
                {LANGUAGES[id].label}
              </option>
            ))}
          </select>
        </label>
        <label className="codepad-field">
          <span className="small muted">Font</span>
          <select value={fontSize} onChange={(event) => chooseFontSize(Number(event.target.value))}>
            {FONT_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}px
              </option>
            ))}
          </select>
        </label>
        {!props.editable ? <span className="badge badge-warn">Read only</span> : null}
        <div className="codepad-actions">
          {runnable ? (
            <>
              {running ? (
                <button type="button" className="btn btn-small" onClick={() => runs.stop()}>
                  Stop
                </button>
              ) : null}
              {hasTests ? (
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={runBlocked}
                  onClick={() => void runs.start(language, "tests")}
                  title="Shift+Ctrl+Enter"
                >
                  Run tests
                </button>
              ) : null}
              <button
                type="button"
                className="btn btn-small btn-primary"
                disabled={runBlocked}
                onPointerEnter={() => runs.warm(language)}
                onFocus={() => runs.warm(language)}
                onClick={() => void runs.start(language, "run")}
                title="Ctrl+Enter"
              >
                {running ? "Running…" : "Run"}
              </button>
            </>
          ) : null}
        </div>
      </div>
      {info.runtime === null ? (
        <p className="codepad-note small" data-testid="cannot-run">
          {info.label} cannot run in the browser here: talk it through, or switch to Python, JavaScript or
          TypeScript to run code.
        </p>
      ) : othersRunning ? (
        <p className="codepad-note small" role="status">
          {props.people[run?.by ?? ""] ?? "The other person"} is running the code…
        </p>
      ) : null}
      {runs.reportError ? (
        <p className="codepad-note small alert alert-error" role="alert" data-testid="run-report-error">
          {runs.reportError}
        </p>
      ) : null}
      <div className="codepad-editor" ref={host} data-testid="code-editor" />
      <RunOutput run={run} people={props.people} abandoned={abandoned} />
    </div>
  );
}

function firstStarterLanguage(exercise: CodeExercise): CodeLanguage {
  return CODE_LANGUAGES.find((language) => exercise.starter[language]) ?? "python";
}
