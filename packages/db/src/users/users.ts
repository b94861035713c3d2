import type { Db } from "../client";
import { ConflictError } from "../errors";
import { hashPassword, verifyPassword } from "./passwords";

export class EmailTakenError extends ConflictError {
  constructor() {
    super("An account with this email already exists");
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface PublicUser {
  id: string;
  name: string | null;
  email: string | null;
}

export async function registerUser(
  db: Db,
  input: { name: string; email: string; password: string },
): Promise<PublicUser> {
  const email = normalizeEmail(input.email);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new EmailTakenError();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name.trim(), email, passwordHash },
      select: { id: true, name: true, email: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new EmailTakenError();
    throw error;
  }
}

/** The user when email and password match; null otherwise (no hint which was wrong). */
export async function authenticateUser(
  db: Db,
  email: string,
  password: string,
): Promise<(PublicUser & { image: string | null }) | null> {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, name: true, email: true, image: true, passwordHash: true },
  });
  if (!user?.passwordHash) return null;
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  const { passwordHash: _hash, ...publicUser } = user;
  return publicUser;
}
