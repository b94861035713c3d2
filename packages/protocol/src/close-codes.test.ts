import { describe, expect, it } from "vitest";
import {
  afterClose,
  CLOSE_CODE_METRICS,
  CloseCode,
  closeCodeMetric,
  finalCloseMessage,
  needsNewToken,
} from "./close-codes";

describe("close codes", () => {
  it("tell the client to fetch a new token after expiry, revocation and a role change, and only then", () => {
    for (const code of [
      CloseCode.Unauthorized,
      CloseCode.TokenExpired,
      CloseCode.AccessRevoked,
      CloseCode.RoleChanged,
    ]) {
      expect(needsNewToken(code)).toBe(true);
    }
    for (const code of [
      CloseCode.RateLimited,
      CloseCode.Malformed,
      CloseCode.GoingAway,
      CloseCode.Moved,
      1006,
    ]) {
      expect(needsNewToken(code)).toBe(false);
    }
  });

  it("reconnect at once after routine closes, recheck access after revocation, and retry unknown codes", () => {
    expect(afterClose(CloseCode.TokenExpired)).toBe("renew");
    expect(afterClose(CloseCode.RoleChanged)).toBe("renew");
    expect(afterClose(CloseCode.AccessRevoked)).toBe("recheck");
    expect(afterClose(CloseCode.Unauthorized)).toBe("recheck");
    expect(afterClose(CloseCode.Moved)).toBe("move");
    expect(afterClose(CloseCode.RateLimited)).toBe("retry");
    expect(afterClose(1006)).toBe("retry");
  });

  it("give every final close a message, and the server's own reason where it names what was hit", () => {
    for (const code of Object.values(CloseCode)) {
      if (afterClose(code) === "stop") expect(finalCloseMessage(code, "")).toBeTruthy();
      else expect(finalCloseMessage(code, "a reason")).toBeUndefined();
    }
    expect(finalCloseMessage(CloseCode.StorageQuotaExceeded, "the document's quota")).toBe(
      "the document's quota",
    );
    expect(finalCloseMessage(CloseCode.VersionMismatch, "anything")).toBe(
      "Reload the page to get the latest version",
    );
  });

  it("are all distinct, as are the names the server counts them under", () => {
    const codes = Object.values(CloseCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(CLOSE_CODE_METRICS).size).toBe(CLOSE_CODE_METRICS.length);
    expect(closeCodeMetric(CloseCode.TokenExpired)).toBe("token-expired");
    expect(closeCodeMetric(CloseCode.Unauthorized)).toBeUndefined();
  });
});
