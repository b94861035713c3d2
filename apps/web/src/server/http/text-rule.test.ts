import { describe, expect, it } from "vitest";
import { addressPartWithUnstorableText, fieldWithUnstorableText, isStorableText } from "./text-rule";

describe("the text rule", () => {
  it("takes any well-formed text, emoji and every script included", () => {
    for (const text of ["", "plain", "naïve café", "中文", "🙂 👩‍💻", "tab\tand\nnewline"])
      expect(isStorableText(text)).toBe(true);
  });

  it("refuses NUL and unpaired surrogates", () => {
    for (const text of ["a\u0000b", "\ud800", "x\udc00y", "🙂".slice(0, 1)])
      expect(isStorableText(text)).toBe(false);
  });

  it("names the first field that breaks it, however deep, keys included", () => {
    expect(fieldWithUnstorableText({ title: "ok", nested: { list: ["fine", { text: "bad\u0000" }] } })).toBe(
      "nested.list.1.text",
    );
    expect(fieldWithUnstorableText({ "ke\u0000y": 1 })).toBe("ke\u0000y");
    expect(fieldWithUnstorableText("\ud800")).toBe("body");
    expect(fieldWithUnstorableText({ n: 1, b: true, z: null, s: "fine" })).toBeNull();
  });

  it("checks an address after percent-decoding, its path and each search parameter", () => {
    expect(addressPartWithUnstorableText(new URL("http://x/prompts?q=cache%00"))).toBe("q");
    expect(addressPartWithUnstorableText(new URL("http://x/api/sessions/a%00b/state"))).toBe("path");
    expect(addressPartWithUnstorableText(new URL("http://x/join/%E0%A4%A"))).toBe("path");
    expect(addressPartWithUnstorableText(new URL("http://x/prompts?q=%ED%A0%80&kind=CODING"))).toBeNull();
  });
});
