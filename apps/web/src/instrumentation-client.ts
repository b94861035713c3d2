// Runs in the browser before the app's own code (Next's client instrumentation hook).
// zod compiles object parsers with `new Function` when it may; the page's CSP forbids eval,
// so zod's probe for it was reported as a violation on every page. Parsing without the
// compiler is as correct and fast enough for the browser's few small payloads. The setting
// is zod's core config, shared by zod and zod/mini: taking it from zod/mini keeps zod's full
// build out of the scripts every page loads.
import { config } from "zod/mini";

config({ jitless: true });
