import "server-only";
import { searchCatalogue } from "@mockboard/db";
import Link from "next/link";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { FACETS, facetLabel } from "./catalogue-facets";
import { type CatalogueParams, catalogueHref, parseCatalogueParams } from "./catalogue-params";
import { CatalogueSearch } from "./components/CatalogueSearch";
import { PromptBadges } from "./components/PromptBadges";
import { cardTags, isReaderTag } from "./labels";
import "./prompts.css";

/** The sort control's choices; relevance (the default) reads "Recommended" until there is a search. */
const SORTS = [
  { value: undefined, label: "Relevance", withoutQuery: "Recommended" },
  { value: "shortest", label: "Shortest" },
  { value: "newest", label: "Newest" },
  { value: "difficulty", label: "Easiest" },
] as const;

export async function CataloguePage({
  searchParams,
}: {
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const user = await requireUser("/prompts");
  const params = parseCatalogueParams(searchParams);
  const result = await searchCatalogue(db(), { ...params, viewerId: user.id });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const active = FACETS.filter((facet) => params[facet.key]);
  const hasFilters = FACETS.some((facet) => result.facets[facet.key]?.length);
  const hidden = Object.fromEntries(
    Object.entries(params).filter(([key, value]) => key !== "q" && key !== "page" && value !== undefined),
  ) as Record<string, string>;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Prompt bank</h1>
          <p>
            {result.total} {result.total === 1 ? "prompt" : "prompts"}
            {params.q ? ` matching “${params.q}”` : ""}
          </p>
        </div>
        <Link className="btn" href="/prompts/new">
          Write a cohort prompt
        </Link>
      </div>
      <CatalogueSearch initial={params.q ?? ""} hiddenParams={hidden} />
      {active.length ? (
        <section className="active-filters" aria-label="Active filters">
          {active.map((facet) => (
            <Link key={facet.key} className="chip" href={catalogueHref(params, { [facet.key]: undefined })}>
              {facet.title}: {facetLabel(facet.key, String(params[facet.key]))}{" "}
              <span aria-hidden="true">×</span>
              <span className="sr-only">remove filter</span>
            </Link>
          ))}
          <Link className="small" href={catalogueHref({ page: 1, q: params.q } as CatalogueParams, {})}>
            Clear filters
          </Link>
        </section>
      ) : null}
      {hasFilters ? (
        <button type="button" className="btn filters-button" popoverTarget="catalogue-filters">
          Filters{active.length ? ` (${active.length})` : ""}
        </button>
      ) : null}
      <div className="catalogue">
        {/* On phones the filters are a drawer (a popover) that the button above opens; on wider
            screens the same element is the sidebar. Choosing a filter remounts it, closed. */}
        <aside
          className="facets"
          id="catalogue-filters"
          popover="auto"
          aria-label="Filters"
          key={catalogueHref(params, {})}
        >
          {hasFilters ? (
            <div className="facets-head">
              <h2>Filters</h2>
              <button
                type="button"
                className="btn btn-small"
                popoverTarget="catalogue-filters"
                popoverTargetAction="hide"
              >
                Done
              </button>
            </div>
          ) : null}
          {FACETS.map((facet) => {
            const all = result.facets[facet.key] ?? [];
            const counts = facet.key === "tag" ? all.filter((count) => isReaderTag(count.value)) : all;
            if (!counts.length) return null;
            return (
              <section key={facet.key}>
                <h3>{facet.title}</h3>
                <ul>
                  {counts.slice(0, facet.key === "tag" ? 14 : 20).map((count) => {
                    const selected = params[facet.key] === count.value;
                    return (
                      <li key={count.value}>
                        <Link
                          href={catalogueHref(params, { [facet.key]: selected ? undefined : count.value })}
                          aria-current={selected ? "true" : undefined}
                          data-facet={facet.key}
                        >
                          <span>{facetLabel(facet.key, count.value)}</span>
                          <span className="count">{count.count}</span>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </aside>
        <section aria-label="Results">
          {result.items.length > 1 ? (
            <nav
              aria-label="Sort"
              style={{ display: "flex", alignItems: "center", gap: "0.5rem", marginBottom: "0.75rem" }}
            >
              <span className="small muted">Sort</span>
              {/* Wraps to a second row on a phone rather than running off the screen. */}
              <span className="tabs" style={{ flexWrap: "wrap" }}>
                {SORTS.map((sort) => (
                  <Link
                    key={sort.label}
                    href={catalogueHref(params, { sort: sort.value })}
                    aria-current={params.sort === sort.value ? "page" : undefined}
                  >
                    {!params.q && "withoutQuery" in sort ? sort.withoutQuery : sort.label}
                  </Link>
                ))}
              </span>
            </nav>
          ) : null}
          {result.items.length ? (
            <ol className="results">
              {result.items.map((item) => (
                <li key={item.id} className="card result">
                  <Link href={`/prompts/${item.slug}`} className="result-title">
                    {item.title}
                  </Link>
                  <PromptBadges {...item} />
                  <p className="muted small">{item.summary}</p>
                  <div>
                    {item.cohortName ? <span className="tag tag-cohort">{item.cohortName}</span> : null}
                    {item.company ? <span className="tag">{item.company}</span> : null}
                    {item.signal ? <span className="tag">signal: {item.signal}</span> : null}
                    {cardTags(item)
                      .slice(0, 5)
                      .map((tag) => (
                        <span className="tag" key={tag}>
                          {tag}
                        </span>
                      ))}
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <div className="card empty">
              <strong>No prompts match</strong>
              Try fewer words or remove a filter. <Link href="/prompts">Show every prompt</Link>
            </div>
          )}
          {pages > 1 ? (
            <nav className="pager" aria-label="Pages">
              {params.page > 1 ? (
                <Link className="btn" href={catalogueHref(params, { page: params.page - 1 })}>
                  ← Previous
                </Link>
              ) : (
                <span />
              )}
              <span className="muted small">
                Page {params.page} of {pages}
              </span>
              {params.page < pages ? (
                <Link className="btn" href={catalogueHref(params, { page: params.page + 1 })}>
                  Next →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>
      </div>
    </>
  );
}
