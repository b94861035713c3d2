// Runs once when the server boots (Next's instrumentation hook), before it takes traffic:
// an invalid environment, or a production build with placeholder secrets, stops the start
// with env.ts's message instead of failing on the first request.
export async function register() {
  const { env } = await import("@/server/env");
  env();
}
