import { describe, expect, it } from "vitest";
import { roomConnection } from "./connection-state";

describe("the room's one connection indicator", () => {
  it("is good when the network, the live feed and the board all are", () => {
    expect(roomConnection(true, "live", "live")).toBe("good");
  });

  it("is offline when the browser has no network, whatever the sockets have not noticed yet", () => {
    expect(roomConnection(false, "live", "live")).toBe("offline");
  });

  it("is offline when the board lost its socket", () => {
    expect(roomConnection(true, "live", "offline")).toBe("offline");
  });

  it("says reconnecting when only the live feed dropped", () => {
    expect(roomConnection(true, "reconnecting", "live")).toBe("reconnecting");
  });

  it("stays quiet while first connecting, and says when the board refused this person", () => {
    expect(roomConnection(true, "connecting", "live")).toBe("connecting");
    expect(roomConnection(true, "live", null)).toBe("good");
    expect(roomConnection(true, "live", "refused")).toBe("refused");
  });

  it("says the live updates stopped when the room refused this person's feed", () => {
    expect(roomConnection(true, "refused", "live")).toBe("stopped");
    expect(roomConnection(true, "refused", "refused")).toBe("refused");
    expect(roomConnection(false, "refused", "live")).toBe("offline");
  });
});
