import "server-only";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { HttpError } from "@/server/http/http-error";
import { authOptions } from "./auth-options";

export interface CurrentUser {
  id: string;
  name: string | null;
  email: string | null;
}

/**
 * The signed-in user. Once per server render (React's cache): the shell, the page and the
 * components that ask share one session check (a database read) instead of one each.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name ?? null, email: user.email ?? null };
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For route handlers (`route({ authenticate: requireApiUser })`): the signed-in user, or a 401. */
export async function requireApiUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new HttpError(401, "Sign in first");
  return user;
}

export { displayName } from "../display-name";
