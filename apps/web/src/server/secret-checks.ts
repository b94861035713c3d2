// What a production start refuses as a secret (env.ts asks on first use and at boot).

/** Values this repository has shipped as examples; each passed the old length check. */
const KNOWN_PLACEHOLDERS = new Set([
  "change-me-local-nextauth-secret-0123456789",
  "change-me-local-board-token-secret-0123456789",
  "devsecret-local-only-0123456789abcdef",
]);

// Words people put in a value they mean to replace later.
const PLACEHOLDER_WORDS =
  /change[-_ ]?me|replace[-_ ]?me|placeholder|example|your[-_ ]?secret|dev[-_ ]?secret|local[-_ ]?only|not[-_ ]?(a[-_ ]?)?secret|insecure|0123456789|abcdefgh|x{8}/i;

/** Why `value` is no secret (a placeholder, or too few distinct characters to be random), or null. */
export function weakSecretReason(value: string): string | null {
  if (KNOWN_PLACEHOLDERS.has(value)) return "is a placeholder from this repository";
  if (PLACEHOLDER_WORDS.test(value)) return "looks like a placeholder";
  if (new Set(value).size < 8) return "has too few distinct characters to be random";
  return null;
}

interface SecretSettings {
  NODE_ENV: string;
  MOCKBOARD_DEMO: string;
  NEXTAUTH_SECRET: string;
  BOARD_TOKEN_SECRET: string;
  LIVEKIT_API_SECRET?: string;
  HEALTH_TOKEN?: string;
}

/**
 * One line per unsafe secret of a production build that is not a demo (MOCKBOARD_DEMO=1):
 * placeholders, values that are not random, and one secret used for two purposes.
 * Development and demo builds accept anything the schema accepts.
 */
export function unsafeProductionSecrets(settings: SecretSettings): string[] {
  if (settings.NODE_ENV !== "production" || settings.MOCKBOARD_DEMO === "1") return [];
  const secrets = {
    NEXTAUTH_SECRET: settings.NEXTAUTH_SECRET,
    BOARD_TOKEN_SECRET: settings.BOARD_TOKEN_SECRET,
    LIVEKIT_API_SECRET: settings.LIVEKIT_API_SECRET,
    HEALTH_TOKEN: settings.HEALTH_TOKEN,
  };
  const problems: string[] = [];
  for (const [name, value] of Object.entries(secrets)) {
    if (value === undefined) continue;
    const reason = weakSecretReason(value);
    if (reason) problems.push(`${name} ${reason}`);
  }
  if (settings.NEXTAUTH_SECRET === settings.BOARD_TOKEN_SECRET) {
    problems.push("NEXTAUTH_SECRET and BOARD_TOKEN_SECRET are the same; each needs its own value");
  }
  return problems;
}
