import type { Db } from "../client";
import { hashPassword, verifyAgainstNoAccount, verifyPassword } from "./passwords";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface PublicUser {
  id: string;
  name: string | null;
  email: string | null;
}

/**
 * What registering did. The caller must answer both the same way: whether an email
 * already has an account is not for whoever happens to type it.
 */
export type Registration = { created: true; user: PublicUser } | { created: false };

/**
 * Creates an email + password account when the email is new. For a taken email it
 * creates nothing and changes nothing, after the same password hashing, so neither the
 * answer nor its timing says the email exists.
 */
export async function registerUser(
  db: Db,
  input: { name: string; email: string; password: string },
): Promise<Registration> {
  const email = normalizeEmail(input.email);
  const [existing, passwordHash] = await Promise.all([
    db.user.findUnique({ where: { email }, select: { id: true } }),
    hashPassword(input.password),
  ]);
  if (existing) return { created: false };
  try {
    const user = await db.user.create({
      data: { name: input.name.trim(), email, passwordHash },
      select: { id: true, name: true, email: true },
    });
    return { created: true, user };
  } catch (error) {
    // Someone registered the same email a moment ago.
    if ((error as { code?: string }).code === "P2002") return { created: false };
    throw error;
  }
}

/**
 * The user when email and password match; null otherwise (no hint which was wrong). An
 * unknown email, or an account without a password (OAuth only), costs the same password
 * check as a real one, so the answer's timing does not tell them apart.
 */
export async function authenticateUser(
  db: Db,
  email: string,
  password: string,
): Promise<(PublicUser & { image: string | null }) | null> {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, name: true, email: true, image: true, passwordHash: true },
  });
  if (!user?.passwordHash) return verifyAgainstNoAccount(password).then(() => null);
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  const { passwordHash: _hash, ...publicUser } = user;
  return publicUser;
}
