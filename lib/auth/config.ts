// next-auth (v4) configuration. Credentials only; the JWT carries nothing but the id of an AuthSession row,
// which lib/auth/session.ts re-reads with its user on every request (docs/decisions/003-sessions.md).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { recordAudit } from "@/lib/audit/audit";
import { authenticate } from "@/lib/auth/login";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

/** Absolute lifetime of the cookie; inactivity ends a session sooner (SESSION_IDLE_MINUTES). */
const MAX_SESSION_HOURS = 12;

export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: Math.max(env.SESSION_IDLE_MINUTES * 60, MAX_SESSION_HOURS * 3600) },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        // `code`: the second step, a code from the authenticator app or a recovery code (ADR 009).
        credentials: {
          email: { type: "email" },
          password: { type: "password" },
          code: { type: "text" },
        },
        async authorize(credentials, req) {
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
          const result = await authenticate(
            credentials?.email ?? "",
            credentials?.password ?? "",
            { userAgent: headers["user-agent"], requestId: headers["x-request-id"] },
            credentials?.code ?? null,
          );
          // The error text is a code; the login form translates it.
          if (!result.ok) throw new Error(result.reason);
          return { id: result.sessionId };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { sid: user.id };
        return token;
      },
      async session({ session, token }) {
        return { expires: session.expires, sid: token.sid } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const sid = typeof token?.sid === "string" ? token.sid : null;
        if (!sid) return;
        const db = getDb();
        await db.$transaction(async (tx) => {
          const session = await tx.authSession.findUnique({
            where: { id: sid },
            select: { revokedAt: true, user: { select: { id: true, email: true, role: true } } },
          });
          if (!session || session.revokedAt) return;
          await tx.authSession.update({ where: { id: sid }, data: { revokedAt: new Date() } });
          await recordAudit(tx, { actor: session.user, action: "LOGOUT", entity: "Session", entityId: sid });
        });
      },
    },
  };
}
