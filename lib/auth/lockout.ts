// The sign-in lockout rule, pure: after `maxAttempts` consecutive failures an address is locked for
// `lockMinutes`. Failures older than one lock period no longer count, so a forgotten typo last week does not
// bring someone closer to a lock today.

export interface ThrottleState {
  failedCount: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

export interface LockoutPolicy {
  maxAttempts: number;
  lockMinutes: number;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil.getTime() > now.getTime());
}

/** The state after one more failure; `justLocked` tells the caller to record the lockout. */
export function registerFailure(
  state: ThrottleState | null,
  now: Date,
  policy: LockoutPolicy,
): ThrottleState & { justLocked: boolean } {
  const windowMs = policy.lockMinutes * 60_000;
  const isStale = !state?.lastFailureAt || now.getTime() - state.lastFailureAt.getTime() > windowMs;
  const wasLockExpired = Boolean(state?.lockedUntil && state.lockedUntil.getTime() <= now.getTime());
  const previous = isStale || wasLockExpired ? 0 : (state?.failedCount ?? 0);
  const failedCount = previous + 1;
  if (failedCount >= policy.maxAttempts) {
    return {
      failedCount: 0,
      lastFailureAt: now,
      lockedUntil: new Date(now.getTime() + windowMs),
      justLocked: true,
    };
  }
  return { failedCount, lastFailureAt: now, lockedUntil: null, justLocked: false };
}

export function minutesLeft(state: ThrottleState, now: Date): number {
  if (!state.lockedUntil) return 0;
  return Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000));
}
