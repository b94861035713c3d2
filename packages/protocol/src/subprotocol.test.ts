import { describe, expect, it } from "vitest";
import {
  BOARD_SUBPROTOCOL,
  boardSubprotocols,
  parseSubprotocolHeader,
  selectBoardSubprotocol,
  tokenFromSubprotocols,
} from "./subprotocol";

describe("the board subprotocol", () => {
  it("carries the token beside the protocol version and gives it back to the server", () => {
    const offered = boardSubprotocols("aaa.bbb.ccc");
    expect(offered).toEqual([BOARD_SUBPROTOCOL, "auth.aaa.bbb.ccc"]);
    expect(tokenFromSubprotocols(parseSubprotocolHeader(offered.join(", ")))).toBe("aaa.bbb.ccc");
  });

  it("never answers with the token, even when the client offers nothing else", () => {
    expect(selectBoardSubprotocol(boardSubprotocols("secret"))).toBe(BOARD_SUBPROTOCOL);
    expect(selectBoardSubprotocol(["auth.secret", "mockboard.v0"])).toBe("mockboard.v0");
    expect(selectBoardSubprotocol(["auth.secret"])).toBeNull();
    expect(selectBoardSubprotocol([])).toBeNull();
  });

  it("finds no token when none, an empty one or two are offered", () => {
    expect(tokenFromSubprotocols([BOARD_SUBPROTOCOL])).toBeNull();
    expect(tokenFromSubprotocols(["auth."])).toBeNull();
    expect(tokenFromSubprotocols(["auth.a", "auth.b"])).toBeNull();
  });
});
