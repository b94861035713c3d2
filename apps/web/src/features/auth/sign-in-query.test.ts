import { describe, expect, it } from "vitest";
import { SignInQuery } from "./sign-in-query";

describe("the sign-in page's search params", () => {
  it("goes to the dashboard when no destination is given", () => {
    expect(SignInQuery.parse({})).toEqual({ callbackUrl: "/dashboard", error: undefined });
  });

  it("keeps a same-site destination and next-auth's error code, dropping anything else", () => {
    expect(SignInQuery.parse({ callbackUrl: "/sessions", error: "CredentialsSignin" })).toEqual({
      callbackUrl: "/sessions",
      error: "CredentialsSignin",
    });
    expect(SignInQuery.parse({ callbackUrl: "https://evil.example", error: ["a", "b"] })).toEqual({
      callbackUrl: "/dashboard",
      error: undefined,
    });
  });
});
