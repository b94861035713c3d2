"use client";

import { describeRun, LANGUAGES, type RunRecord } from "@mockboard/codepad";

/**
 * The latest run, the same for everyone in the room: who ran what, how it ended, the example
 * tests that passed and failed, and what the code printed.
 */
export function RunOutput(props: {
  run: RunRecord | null;
  people: Record<string, string>;
  abandoned: boolean;
  /** What shows before the first run. */
  idle?: string;
}) {
  const { run } = props;
  if (!run)
    return (
      <section className="run-output" aria-label="Output">
        <p className="muted small">
          {props.idle ?? "Output appears here. Run the code with the Run button or Ctrl+Enter."}
        </p>
      </section>
    );
  const who = props.people[run.by] ?? "Someone";
  const status = props.abandoned ? "The run did not finish: whoever started it left" : describeRun(run);
  return (
    <section
      className="run-output"
      aria-label="Output"
      data-testid="run-output"
      data-status={run.status}
      data-run-id={run.id}
    >
      <p className="run-status" role="status">
        <strong data-testid="run-status">{status}</strong>
        <span className="muted small">
          {" "}
          · {run.mode === "tests" ? "tests" : "run"} by {who} · {LANGUAGES[run.language].label}
        </span>
      </p>
      {run.tests ? (
        <table className="run-tests" data-testid="run-tests">
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Result</th>
              <th scope="col">Expected</th>
              <th scope="col">Got</th>
            </tr>
          </thead>
          <tbody>
            {run.tests.map((test) => (
              <tr key={test.name} data-passed={test.passed ? "true" : "false"}>
                <td>{test.name}</td>
                <td className={test.passed ? "pass" : "fail"}>{test.passed ? "Passed" : "Failed"}</td>
                <td>
                  <code>{test.expected}</code>
                </td>
                <td>
                  {test.error ? <span className="fail">{test.error}</span> : <code>{test.actual}</code>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {run.stdout ? (
        <pre className="run-stream" data-testid="run-stdout">
          {run.stdout}
        </pre>
      ) : null}
      {run.stderr ? (
        <pre className="run-stream run-stderr" data-testid="run-stderr">
          <span className="sr-only">Errors: </span>
          {run.stderr}
        </pre>
      ) : null}
      {run.truncated ? <p className="small warn">The output was cut at its limit.</p> : null}
      {!run.stdout && !run.stderr && run.status !== "running" ? (
        <p className="muted small">The code printed nothing.</p>
      ) : null}
    </section>
  );
}
