import { decodeJwt, errors, jwtVerify, SignJWT } from "jose";
import * as z from "zod/mini";
import { DocId } from "./ids";
import { LIMITS, PROTOCOL_VERSION } from "./limits";

export const BoardRole = z.enum(["editor", "viewer"]);
export type BoardRole = z.infer<typeof BoardRole>;

/** What a board token says: who may open which document, and how. */
export const BoardTokenClaims = z.object({
  sub: z.string().check(z.minLength(1), z.maxLength(64)),
  doc: DocId,
  role: BoardRole,
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.maxDisplayNameLength)),
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
  v: z.literal(PROTOCOL_VERSION),
});
export type BoardTokenClaims = z.infer<typeof BoardTokenClaims>;

const ISSUER = "mockboard-web";
const AUDIENCE = "mockboard-collab";

function key(secret: string) {
  if (secret.length < 32) throw new Error("board token secret must be at least 32 characters");
  return new TextEncoder().encode(secret);
}

export async function signBoardToken(
  secret: string,
  claims: Omit<BoardTokenClaims, "v">,
  ttlSeconds: number = LIMITS.boardTokenTtlSeconds,
): Promise<string> {
  const body = BoardTokenClaims.parse({ ...claims, v: PROTOCOL_VERSION });
  return new SignJWT({ doc: body.doc, role: body.role, name: body.name, color: body.color, v: body.v })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(body.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key(secret));
}

export type BoardTokenResult =
  /** `issuedAt` and `expiresAt` in epoch milliseconds. */
  | { ok: true; claims: BoardTokenClaims; issuedAt: number; expiresAt: number }
  | { ok: false; reason: "missing" | "expired" | "invalid" };

/** Verifies signature, issuer, audience, expiry and claim shapes. Never throws. */
export async function verifyBoardToken(
  secret: string,
  token: string | null | undefined,
): Promise<BoardTokenResult> {
  if (!token) return { ok: false, reason: "missing" };
  if (token.length > 4096) return { ok: false, reason: "invalid" };
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
      requiredClaims: ["exp", "iat", "sub"],
    });
    const claims = BoardTokenClaims.safeParse(payload);
    if (!claims.success) return { ok: false, reason: "invalid" };
    return {
      ok: true,
      claims: claims.data,
      issuedAt: (payload.iat ?? 0) * 1000,
      expiresAt: (payload.exp ?? 0) * 1000,
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired" };
    return { ok: false, reason: "invalid" };
  }
}

/**
 * What a client may read from its own token without the secret: the role it will get
 * and when the token runs out. Unverified, so for display and scheduling only; the
 * collab server decides. Null for anything that is not a board token.
 */
export function peekBoardToken(token: string): { role: BoardRole; expiresAt: number } | null {
  try {
    const payload = decodeJwt(token);
    const role = BoardRole.safeParse(payload.role);
    if (!role.success || typeof payload.exp !== "number") return null;
    return { role: role.data, expiresAt: payload.exp * 1000 };
  } catch {
    return null;
  }
}
