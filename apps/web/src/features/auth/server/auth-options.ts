import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { authenticateUser } from "@mockboard/db";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { SignInInput } from "../credentials";

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
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw) {
          const parsed = SignInInput.safeParse(raw);
          if (!parsed.success) return null;
          const user = await authenticateUser(db(), parsed.data.email, parsed.data.password);
          if (!user) logger().info({ email: parsed.data.email }, "sign-in refused");
          return user ? { id: user.id, name: user.name, email: user.email, image: user.image } : null;
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
    logger: {
      error: (code, metadata) => logger().error({ code, metadata }, "next-auth error"),
      warn: (code) => logger().warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
  };
}
