// Whether a stored session still counts, pure so that it can be tested without a clock or a database.

export type SessionVerdict = "ok" | "revoked" | "idle" | "inactive";

export function evaluateSession(
  session: { revokedAt: Date | null; lastSeenAt: Date; user: { isActive: boolean } },
  now: Date,
  idleMinutes: number,
): SessionVerdict {
  if (session.revokedAt) return "revoked";
  if (!session.user.isActive) return "inactive";
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) return "idle";
  return "ok";
}

/** Touching the row on every request would write on every page view; once a minute is precise enough. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > 60_000;
}
