// The engines alone, without the browser's worker plumbing: Node code (tests, the prompt
// bank's checks) runs code through these with a runtime it loaded itself.
export { createJsEngine, type JsEngine, stripTypes } from "./js-engine";
export { createPythonEngine, type PythonEngine } from "./python-engine";
export type { EngineOutcome, OutputSink, OutputStream, RunRequest } from "./run-types";
