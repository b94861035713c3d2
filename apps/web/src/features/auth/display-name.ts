import { LIMITS } from "@mockboard/protocol";

/**
 * The longest name the wire protocol carries (board tokens and presence): an OAuth
 * profile's name can be any length, and a longer one would stop the token being minted.
 */
export const MAX_DISPLAY_NAME = LIMITS.maxDisplayNameLength;

/**
 * The name other people see for this user (board presence, token claims, video tiles):
 * their name, else their email, trimmed, with runs of whitespace made one space, and cut to
 * MAX_DISPLAY_NAME UTF-16 units without splitting a character (an ellipsis marks the cut).
 */
export function displayName(user: { name: string | null; email: string | null }): string {
  const name = [user.name, user.email]
    .map((candidate) => candidate?.replace(/\s+/g, " ").trim())
    .find((candidate) => candidate);
  if (!name) return "Guest";
  if (name.length <= MAX_DISPLAY_NAME) return name;
  let cut = "";
  for (const character of name) {
    if (cut.length + character.length > MAX_DISPLAY_NAME - 1) break;
    cut += character;
  }
  return `${cut.trimEnd()}…`;
}
