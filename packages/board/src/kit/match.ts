import { KIT_ENTRIES, type KitEntry } from "./catalogue";

// Name matching for "/ to insert": few entries and short names, so a ranked scan is enough
// (a fuzzy-search library would cost the room's script budget more than this file).

/** Lower case, accents and punctuation gone, one space between words: "API-Gateway" -> "api gateway". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const acronym = (name: string) =>
  name
    .split(" ")
    .map((word) => word[0])
    .join("");

/** The letters of `query` appear in `name` in order ("lbal" in "load balancer"). */
function isSubsequence(query: string, name: string): boolean {
  let at = 0;
  for (const char of name) if (char === query[at]) at++;
  return at === query.length;
}

/**
 * How well one name answers the query, lower is better: the whole name, its start, the
 * start of its words (every word of the query, in any order), its initials, anywhere in it,
 * its letters in order. Undefined when it does not match at all.
 */
function nameRank(query: string, name: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const words = name.split(" ");
  if (query.split(" ").every((part) => words.some((word) => word.startsWith(part)))) return 2;
  if (query.length > 1 && !query.includes(" ") && acronym(name).startsWith(query)) return 2;
  if (name.includes(query)) return 3;
  if (query.length > 2 && isSubsequence(query.replaceAll(" ", ""), name)) return 4;
  return undefined;
}

/** An entry's rank: its own name first, then (a step behind) its aliases. */
function entryRank(query: string, entry: KitEntry): number | undefined {
  let best = nameRank(query, normalizeName(entry.name));
  if (best !== undefined) best *= 2;
  for (const alias of entry.aliases) {
    const rank = nameRank(query, normalizeName(alias));
    if (rank !== undefined && (best === undefined || rank * 2 + 1 < best)) best = rank * 2 + 1;
  }
  return best;
}

/** The kit entries that answer `query`, best first; the whole catalogue for an empty query. */
export function matchKitEntries(query: string, entries: readonly KitEntry[] = KIT_ENTRIES): KitEntry[] {
  const wanted = normalizeName(query);
  if (!wanted) return [...entries];
  return entries
    .map((entry, order) => ({ entry, order, rank: entryRank(wanted, entry) }))
    .filter((scored): scored is { entry: KitEntry; order: number; rank: number } => scored.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((scored) => scored.entry);
}
