// Entry of the JavaScript and TypeScript sandbox worker: QuickJS with its WebAssembly inside
// the bundle (no request at all), and Sucrase to strip TypeScript's types.
import variant from "@jitl/quickjs-singlefile-browser-release-sync";
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import { createJsEngine } from "../js-engine";
import { serveWorker } from "./serve-worker";

serveWorker(async () => createJsEngine(await newQuickJSWASMModuleFromVariant(variant)));
