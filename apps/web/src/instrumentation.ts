// Runs once when the server boots (Next's instrumentation hook), before it takes traffic:
// an invalid environment, or a production build with placeholder secrets, stops the start
// with env.ts's message. (Next itself would log a throw here and go on answering 500.)
// Then it hands the production server the checks it runs before Next (server/door-check.ts).
export async function register() {
  const { env } = await import("@/server/env");
  try {
    env();
  } catch (error) {
    console.error(`✗ Mockboard web cannot start. ${(error as Error).message}`);
    process.exit(1);
  }
  // The production server refuses a flood of sign-ins from one address before Next runs.
  const { openPasswordDoor } = await import("@/features/auth");
  openPasswordDoor();
  // Every web node closes calls as sessions end from its first moment, not from its first
  // video token or webhook: the end may reach a node that has served nothing of the call.
  const { guardVideoRooms } = await import("@/features/video");
  guardVideoRooms();
}
