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

  it("keeps a sort other than the default, through filter changes", () => {
    expect(parseCatalogueParams({ sort: "relevance" })).toEqual({ page: 1 });
    expect(parseCatalogueParams({ sort: "cheapest" })).toEqual({ page: 1 });
    const params = parseCatalogueParams({ sort: "shortest", page: "2" });
    expect(params).toEqual({ sort: "shortest", page: 2 });
    expect(catalogueHref(params, { kind: "CODING" })).toBe("/prompts?kind=CODING&sort=shortest");
    expect(catalogueHref(params, { sort: undefined })).toBe("/prompts");
  });

  it("builds links that change one filter and reset the page", () => {
    const params = parseCatalogueParams({ q: "rag", page: "3" });
    expect(catalogueHref(params, { kind: "CONCEPT" })).toBe("/prompts?q=rag&kind=CONCEPT");
    expect(catalogueHref(params, { q: undefined })).toBe("/prompts");
  });
});
