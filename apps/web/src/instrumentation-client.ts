// Runs in the browser before the app's own code (Next's client instrumentation hook).
// zod compiles object parsers with `new Function` when it may; the page's CSP forbids eval,
// so zod's probe for it was reported as a violation on every page. Parsing without the
// compiler is as correct and fast enough for the browser's few small payloads.
import { z } from "zod";

z.config({ jitless: true });
