// The single identity choke point: every page, action and route handler gets the signed-in user from here.
import "server-only";

import { getServerSession } from "next-auth/next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { getAuthOptions } from "@/lib/auth/config";
import { can, canOnceVerified, requiresSecondFactor, type Permission } from "@/lib/auth/permissions";
import { evaluateSession, shouldTouch } from "@/lib/auth/session-rules";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Locale, Region, Role } from "@/lib/generated/prisma/enums";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  teamName: string | null;
  region: Region | null;
  locale: Locale;
  sessionId: string;
  /** The role must pass a second factor (advising physicians, admins: docs/decisions/009). */
  mfaRequired: boolean;
  /** An authenticator app is enrolled. */
  mfaEnrolled: boolean;
  /** This session passed the second factor (at sign-in, or by enrolling or verifying in it). */
  mfaVerified: boolean;
  /** Required but not passed: the session holds only its profile and the enrolment (lib/auth/permissions). */
  mfaPending: boolean;
}

/** Where a session without its required second factor is sent: enrolment, or the code for this session. */
export const SECOND_FACTOR_PAGE = "/account/security";

async function loadSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(getAuthOptions())) as { sid?: unknown } | null;
  const sid = typeof session?.sid === "string" ? session.sid : null;
  if (!sid) return null;
  const db = getDb();
  const row = await db.authSession.findUnique({
    where: { id: sid },
    select: {
      id: true,
      revokedAt: true,
      lastSeenAt: true,
      mfaVerifiedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          isActive: true,
          locale: true,
          teamId: true,
          totpEnabledAt: true,
          team: { select: { name: true, region: true } },
        },
      },
    },
  });
  if (!row) return null;
  const now = new Date();
  const verdict = evaluateSession(row, now, getEnv().SESSION_IDLE_MINUTES);
  if (verdict !== "ok") {
    if (verdict === "idle" || verdict === "inactive") {
      await db.authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: now } });
    }
    return null;
  }
  if (shouldTouch(row.lastSeenAt, now)) {
    await db.authSession.update({ where: { id: sid }, data: { lastSeenAt: now } });
  }
  const { user } = row;
  const mfaRequired = requiresSecondFactor(user.role);
  // A session verified before the factor was reset (totpEnabledAt cleared) no longer counts as verified.
  const mfaVerified = row.mfaVerifiedAt !== null && user.totpEnabledAt !== null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teamId: user.teamId,
    teamName: user.team?.name ?? null,
    region: user.team?.region ?? null,
    locale: user.locale,
    sessionId: row.id,
    mfaRequired,
    mfaEnrolled: user.totpEnabledAt !== null,
    mfaVerified,
    mfaPending: mfaRequired && !mfaVerified,
  };
}

/** The signed-in user, re-read from the database once per request; null when signed out or expired. */
export const getSessionUser = cache(loadSessionUser);

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For pages: a user holding the permission; anyone else gets a 404 (we do not reveal what exists). A user
 * whose role holds it but whose session still lacks the required second factor is sent to set it up.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) {
    if (user.mfaPending && canOnceVerified(user, permission)) redirect(SECOND_FACTOR_PAGE);
    notFound();
  }
  return user;
}
