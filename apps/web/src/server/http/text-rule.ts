// The one rule every piece of text from outside meets before anything reads it (route
// bodies, search and path parameters, page addresses): no NUL characters, which Postgres
// refuses to store, and no unpaired UTF-16 surrogates, which are not text at all and turn
// into errors or replacement characters further in. A request that breaks it is refused
// with a 400 naming the field, so nothing deep inside ever sees it.

export const TEXT_RULE_MESSAGE = "Text may not contain NUL characters or unpaired surrogates";

/** Whether `text` keeps the rule. */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && text.isWellFormed();
}

/**
 * The first field in `value` (a parsed JSON body, a form, parameters) whose key or string
 * value breaks the rule, as a dotted path ("evidence.clarity.0.text"), or null.
 */
export function fieldWithUnstorableText(value: unknown, path: readonly string[] = []): string | null {
  const here = path.length > 0 ? path.join(".") : "body";
  if (typeof value === "string") return isStorableText(value) ? null : here;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, key].join(".");
    const found = fieldWithUnstorableText(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The refusal's details, in the shape zod's field errors take elsewhere: `{ field: [message] }`. */
export function unstorableTextDetails(field: string): Record<string, string[]> {
  return { [field]: [TEXT_RULE_MESSAGE] };
}

/**
 * The part of an address that breaks the rule once percent-decoded: "path", or the name of
 * the search parameter. A path that does not decode at all counts as breaking it.
 */
export function addressPartWithUnstorableText(url: URL): string | null {
  for (const segment of url.pathname.split("/")) {
    try {
      if (!isStorableText(decodeURIComponent(segment))) return "path";
    } catch {
      return "path";
    }
  }
  return fieldWithUnstorableText(Object.fromEntries(url.searchParams), []);
}
