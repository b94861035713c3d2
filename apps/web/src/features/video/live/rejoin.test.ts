import { ConnectionState, DisconnectReason } from "livekit-client";
import { describe, expect, it } from "vitest";
import { afterDisconnect, callState, MAX_REJOINS, rejoinDelay } from "./rejoin";

describe("afterDisconnect", () => {
  it("asks the web app again when the session's room is deleted (moved after a removal, or closed at the end)", () => {
    expect(afterDisconnect(DisconnectReason.ROOM_DELETED)).toBe("rejoin");
  });

  it("ends the call when the server removes this person", () => {
    expect(afterDisconnect(DisconnectReason.PARTICIPANT_REMOVED)).toMatchObject({ kind: "removed" });
  });

  it("ends the call when another tab joins with the same identity", () => {
    expect(afterDisconnect(DisconnectReason.DUPLICATE_IDENTITY)).toMatchObject({ kind: "duplicate" });
  });

  it("treats this person's own disconnect as leaving", () => {
    expect(afterDisconnect(DisconnectReason.CLIENT_INITIATED)).toBe("left");
  });

  it("rejoins after a dropped connection or an unknown reason", () => {
    expect(afterDisconnect(DisconnectReason.SIGNAL_CLOSE)).toBe("rejoin");
    expect(afterDisconnect(DisconnectReason.UNKNOWN_REASON)).toBe("rejoin");
    expect(afterDisconnect(undefined)).toBe("rejoin");
  });
});

describe("rejoinDelay", () => {
  it("backs off exponentially up to eight seconds", () => {
    expect([1, 2, 3, 4, 5].map(rejoinDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it("gives up after the last allowed rejoin", () => {
    expect(rejoinDelay(MAX_REJOINS)).not.toBeNull();
    expect(rejoinDelay(MAX_REJOINS + 1)).toBeNull();
  });
});

describe("callState", () => {
  it("shows a failed loop as failed whatever LiveKit says", () => {
    expect(callState("failed", ConnectionState.Connected)).toBe("failed");
  });

  it("shows reconnecting while the loop rejoins or LiveKit reconnects", () => {
    expect(callState("rejoining", ConnectionState.Disconnected)).toBe("reconnecting");
    expect(callState("connected", ConnectionState.Reconnecting)).toBe("reconnecting");
    expect(callState("connected", ConnectionState.SignalReconnecting)).toBe("reconnecting");
  });

  it("shows connected once connected and connecting before", () => {
    expect(callState("connected", ConnectionState.Connected)).toBe("connected");
    expect(callState("connecting", ConnectionState.Connecting)).toBe("connecting");
  });
});
