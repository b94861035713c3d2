import { describe, expect, it } from "vitest";
import { catalogueHref, parseCatalogueParams } from "./catalogue-params";

describe("catalogue URL parameters", () => {
  it("keeps valid filters and drops malformed ones", () => {
    const params = parseCatalogueParams({
      q: "  kappa ",
      kind: "CASE",
      roundType: "interpretive-dance",
      difficulty: "IMPOSSIBLE",
      tag: "<script>",
      length: "short",
      page: "-3",
    });
    expect(params).toEqual({ q: "kappa", kind: "CASE", length: "short", page: 1 });
  });

  it("drops a kind the bank does not have instead of filtering everything out", () => {
    expect(parseCatalogueParams({ kind: "BEHAVIOURAL" })).toEqual({ page: 1 });
  });

  it("builds links that change one filter and reset the page", () => {
    const params = parseCatalogueParams({ q: "rag", page: "3" });
    expect(catalogueHref(params, { kind: "CONCEPT" })).toBe("/prompts?q=rag&kind=CONCEPT");
    expect(catalogueHref(params, { q: undefined })).toBe("/prompts");
  });
});
