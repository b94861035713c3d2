// tldraw's utilities import both lodash.isequal and lodash.isequalwith: two copies of lodash's
// deep equality (about 3 KB of the room's Brotli each). isEqualWith without a customizer is
// isEqual (lodash: "if customizer returns undefined, comparisons are handled by the method
// instead"), so next.config.ts points lodash.isequal here and the room ships one copy.
import isEqualWith from "lodash.isequalwith";

export default function isEqual(value: unknown, other: unknown): boolean {
  return isEqualWith(value, other);
}
