import { randomBytes } from "node:crypto";
import { z } from "zod";

/** Prompt slugs: kebab-case letters and digits, as the bank writes them. */
export const PromptSlug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "not a prompt slug");
export type PromptSlug = z.infer<typeof PromptSlug>;

/** A new cohort prompt's slug: its title in kebab-case plus a random suffix, so titles may repeat. */
export function newPromptSlug(title: string): PromptSlug {
  const base =
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 56)
      .replace(/-+$/, "") || "prompt";
  return `${base}-${randomBytes(3).toString("hex")}`;
}
