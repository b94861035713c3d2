import { describe, expect, it } from "vitest";
import { authPageHref } from "./auth-links";

describe("links between the sign-in and registration pages", () => {
  it("carry an invite along, encoded", () => {
    expect(authPageHref("/register", "/join/ABC-123?x=1")).toBe(
      "/register?callbackUrl=%2Fjoin%2FABC-123%3Fx%3D1",
    );
  });

  it("leave the default destination out", () => {
    expect(authPageHref("/signin", "/dashboard")).toBe("/signin");
  });
});
