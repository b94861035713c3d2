import { describe, expect, it } from "vitest";
import { findFreeSpot } from "./free-spot";

const size = { w: 160, h: 120 };
const at = (x: number, y: number) => ({ x: x - size.w / 2, y: y - size.h / 2, ...size });

describe("where a tapped or typed component lands", () => {
  it("lands in the middle of the view when nothing is there", () => {
    expect(findFreeSpot([], { x: 500, y: 300 }, size)).toEqual({ x: 500, y: 300 });
  });

  it("lands beside, not on top of, the component added just before", () => {
    const spot = findFreeSpot([at(500, 300)], { x: 500, y: 300 }, size);
    expect(spot).toEqual({ x: 500 + size.w + 24, y: 300 });
  });

  it("fills the nearest free place around a crowded middle", () => {
    const occupied = [at(500, 300), at(684, 300), at(316, 300)];
    const spot = findFreeSpot(occupied, { x: 500, y: 300 }, size);
    expect(spot).toEqual({ x: 500, y: 300 + size.h + 24 });
  });

  it("falls back to the middle when everything near it is taken (a large frame)", () => {
    const frame = { x: -3000, y: -3000, w: 6000, h: 6000 };
    const spot = findFreeSpot([frame], { x: 500, y: 300 }, size);
    expect(spot).toEqual({ x: 500, y: 300 });
  });
});
