// The production server (node-server/main.ts) runs in the same process as Next but outside
// its bundles, so it cannot import the app's modules; the app hands it a check through this
// one global instead, run on every request before Next's pipeline. A refusal the app would
// give anyway (a flood from one address) then costs a few header reads, not a full request.

/** The answer the server writes instead of handing the request to Next. */
export interface DoorRefusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type DoorCheck = (request: {
  method: string;
  path: string;
  forwardedFor: string;
}) => DoorRefusal | null;

const KEY = Symbol.for("mockboard.doorCheck");
const holder = globalThis as unknown as Record<symbol, DoorCheck | undefined>;

/** Called by the app once it runs (instrumentation): from then on the server asks `check` first. */
export function setDoorCheck(check: DoorCheck): void {
  holder[KEY] = check;
}

/** The app's check, once it has set one. */
export function doorCheck(): DoorCheck | undefined {
  return holder[KEY];
}
