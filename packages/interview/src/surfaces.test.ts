import { describe, expect, it } from "vitest";
import { defaultSurface, surfaceOf } from "./surfaces";

describe("which surface the room shows", () => {
  it("opens coding rounds on the code pad and every other round on the board", () => {
    for (const round of [
      "coding",
      "oop-design",
      "ml-coding",
      "llm-coding",
      "live-coding",
      "ai-assisted-coding",
    ])
      expect(defaultSurface(round)).toBe("code");
    for (const round of ["system-design", "behavioral", "ml-system-design", "ml-fundamentals"])
      expect(defaultSurface(round)).toBe("board");
  });

  it("follows the interviewer's latest choice once there is one", () => {
    expect(surfaceOf([], "coding")).toBe("code");
    expect(surfaceOf(["both"], "coding")).toBe("both");
    expect(surfaceOf(["code", "board"], "system-design")).toBe("board");
  });
});
