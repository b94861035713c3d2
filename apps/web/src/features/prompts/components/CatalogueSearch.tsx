"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/** The search box: "/" focuses it; submitting shows progress while results load. */
export function CatalogueSearch({
  initial,
  hiddenParams,
}: {
  initial: string;
  hiddenParams: Record<string, string>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? "")) {
        event.preventDefault();
        input.current?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <search>
      <form
        className="search"
        onSubmit={(event) => {
          event.preventDefault();
          const params = new URLSearchParams(hiddenParams);
          const q = input.current?.value.trim() ?? "";
          if (q) params.set("q", q);
          startTransition(() => router.push(`/prompts${params.size ? `?${params}` : ""}`));
        }}
      >
        <label htmlFor="catalogue-q" className="sr-only">
          Search prompts
        </label>
        <input
          ref={input}
          id="catalogue-q"
          name="q"
          type="search"
          defaultValue={initial}
          placeholder="Search prompts: “feature store”, “code completion”, “rate limiting”…"
          autoComplete="off"
        />
        <kbd title="Press / to search">/</kbd>
        <button className="btn btn-primary" type="submit" disabled={pending}>
          {pending ? "Searching…" : "Search"}
        </button>
      </form>
    </search>
  );
}
