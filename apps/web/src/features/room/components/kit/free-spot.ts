export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** How far apart two things added in a row land, beyond their own size. */
const GAP = 24;

/**
 * The centre for a new thing of `size` near `center` where it covers nothing already on the
 * board: the centre itself if free, else the nearest free place on a grid of steps around it
 * (in rings, right before down before left before up), else the centre after all.
 */
export function findFreeSpot(
  occupied: readonly Rect[],
  center: { x: number; y: number },
  size: { w: number; h: number },
): { x: number; y: number } {
  const fits = (cx: number, cy: number) => {
    const box = { x: cx - size.w / 2, y: cy - size.h / 2, w: size.w, h: size.h };
    return !occupied.some((other) => overlaps(box, other));
  };
  const stepX = size.w + GAP;
  const stepY = size.h + GAP;
  for (let ring = 0; ring <= 4; ring++) {
    const spots: [number, number][] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) spots.push([i, j]);
      }
    }
    spots.sort((a, b) => Math.hypot(...a) - Math.hypot(...b) || b[0] - a[0] || b[1] - a[1]);
    for (const [i, j] of spots) {
      const x = center.x + i * stepX;
      const y = center.y + j * stepY;
      if (fits(x, y)) return { x, y };
    }
  }
  return center;
}
