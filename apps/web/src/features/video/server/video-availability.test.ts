import { describe, expect, it } from "vitest";
import { videoOffBecause } from "./video-availability";

describe("why video is off", () => {
  it("says nothing when LiveKit is configured", () => {
    expect(
      videoOffBecause({ configured: true, url: "ws://127.0.0.1:7880", apiKey: "k", apiSecret: "s" }),
    ).toBeNull();
  });

  it("says there is no LiveKit and how to turn it on: npm start or the three variables", () => {
    const off = videoOffBecause({
      configured: false,
      missing: ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"],
      partly: false,
    });
    expect(off?.reason).toMatch(/no LiveKit server configured/);
    expect(off?.howToEnable).toContain("`npm start`");
    for (const name of ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"])
      expect(off?.howToEnable).toContain(name);
  });

  it("names the variables missing from a partial setup", () => {
    const off = videoOffBecause({ configured: false, missing: ["LIVEKIT_API_SECRET"], partly: true });
    expect(off?.reason).toBe(
      "Video is off: LIVEKIT_API_SECRET is not set, and LiveKit needs all three of its variables.",
    );
  });
});
