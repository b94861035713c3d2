import "server-only";
import { randomBytes } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import {
  authenticateUser,
  endSignIn,
  isSignInCurrent,
  PasswordHashingBusyError,
  type SignIn,
} from "@mockboard/db";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { SignInInput } from "../credentials";
import { safeCallbackUrl } from "../safe-callback-url";
import { reportSignInOutcome } from "./sign-in-limits";

/**
 * A session cookie lasts a week; whatever happens to the cookie, a sign-in is good for
 * 30 days at most. Signing out ends that sign-in (a copy of its cookie opens nothing
 * afterwards); "Sign out of all sessions" ends every earlier sign-in at once.
 */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
const SIGN_IN_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** A session JWT that no longer stands (signed out, too old, user gone): no session. */
class SessionEndedError extends Error {}

/** The sign-in a session JWT records, or null for a token from before sign-ins had ids. */
function signInOf(token: JWT | null): SignIn | null {
  const { sub, signInId, signedInAt } = token ?? {};
  if (typeof sub !== "string" || typeof signInId !== "string" || typeof signedInAt !== "number") return null;
  return { userId: sub, signInId, signedInAt: new Date(signedInAt) };
}

/** OAuth providers appear only when their credentials are configured. */
export function oauthProviders() {
  const e = env();
  const providers = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

export function authOptions(): NextAuthOptions {
  return {
    // The adapter links OAuth accounts to users; sessions are JWTs because the
    // Credentials provider only works with the JWT strategy.
    adapter: PrismaAdapter(db()) as Adapter,
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        // Rate limits and the busy answer wrap this (gateCredentialsSignIn); it reports what it found.
        async authorize(raw) {
          const parsed = SignInInput.safeParse(raw);
          if (!parsed.success) return null;
          let user: Awaited<ReturnType<typeof authenticateUser>>;
          try {
            user = await authenticateUser(db(), parsed.data.email, parsed.data.password);
          } catch (error) {
            if (error instanceof PasswordHashingBusyError) {
              reportSignInOutcome("busy");
              return null;
            }
            throw error;
          }
          reportSignInOutcome(user ? "signed-in" : "wrong-password");
          if (!user) logger().info({ email: parsed.data.email }, "sign-in refused");
          return user ? { id: user.id, name: user.name, email: user.email, image: user.image } : null;
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      // Every destination after signing in or out stays on this site (no open redirect).
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
      },
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.signInId = randomBytes(16).toString("base64url");
          token.signedInAt = Date.now();
          return token;
        }
        // Tokens from before sign-ins had ids cannot be ended individually: they end now.
        const signIn = signInOf(token);
        if (!signIn) throw new SessionEndedError("no sign-in id");
        if (Date.now() - signIn.signedInAt.getTime() > SIGN_IN_MAX_AGE_MS)
          throw new SessionEndedError("signed in too long ago");
        if (!(await isSignInCurrent(db(), signIn))) throw new SessionEndedError("signed out");
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      // next-auth clears the cookie; ending the sign-in makes every copy of it useless too.
      async signOut({ token }) {
        const signIn = signInOf(token);
        if (!signIn) return;
        await endSignIn(db(), signIn, new Date(signIn.signedInAt.getTime() + SIGN_IN_MAX_AGE_MS));
        logger().info({ userId: signIn.userId }, "signed out");
      },
    },
    logger: {
      error: (code, metadata) => {
        // next-auth reports a refused session JWT as an error; here it is a session that ended.
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        if (cause instanceof SessionEndedError) {
          logger().debug({ reason: cause.message }, "session ended");
          return;
        }
        logger().error({ code, metadata }, "next-auth error");
      },
      warn: (code) => logger().warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
  };
}
