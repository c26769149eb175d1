// Checking a second-factor code for a user: a TOTP code (each time step accepted once) or an unused
// recovery code (then spent). Shared by sign-in and by the verification of an already open session.
import "server-only";

import { decryptSecret, hashRecoveryCode, looksLikeRecoveryCode } from "@/lib/mfa/crypto";
import { masterSecret } from "@/lib/mfa/keys";
import { base32Decode, looksLikeTotpCode, matchTotp } from "@/lib/mfa/totp";
import type { Db } from "@/lib/db";
import { logger } from "@/lib/logger";

export type SecondFactorMethod = "totp" | "recovery-code";
export type SecondFactorVerdict =
  { ok: true; method: SecondFactorMethod; recoveryCodesLeft: number | null } | { ok: false };

/** The enrolled (or pending) TOTP key of a user, or null when there is none or it cannot be decrypted. */
export function decryptUserKey(user: { id: string; totpSecret: string | null }): Uint8Array | null {
  if (!user.totpSecret) return null;
  try {
    return base32Decode(decryptSecret(user.totpSecret, masterSecret(), user.id));
  } catch (error) {
    // Most likely NEXTAUTH_SECRET changed since enrolment: an administrator has to reset the factor.
    logger.error("second-factor secret cannot be decrypted", { userId: user.id, error });
    return null;
  }
}

/**
 * Checks `code` against the user's enrolled factor and spends it. `allowRecoveryCode: false` accepts only the
 * app (for actions that prove possession of the device, such as generating new recovery codes).
 */
export async function verifySecondFactor(
  db: Db,
  userId: string,
  code: string,
  options: { now?: Date; allowRecoveryCode?: boolean; requireEnabled?: boolean } = {},
): Promise<SecondFactorVerdict> {
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, totpSecret: true, totpEnabledAt: true, totpLastUsedStep: true },
  });
  if (!user || ((options.requireEnabled ?? true) && !user.totpEnabledAt)) return { ok: false };
  if (looksLikeTotpCode(code)) {
    const key = decryptUserKey(user);
    if (!key) return { ok: false };
    const step = matchTotp(key, code, now, { lastUsedStep: user.totpLastUsedStep });
    if (step === null) return { ok: false };
    // Spend the step atomically: of two requests with the same code, only one gets through.
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
      data: { totpLastUsedStep: step },
    });
    return count === 1 ? { ok: true, method: "totp", recoveryCodesLeft: null } : { ok: false };
  }
  if ((options.allowRecoveryCode ?? true) && looksLikeRecoveryCode(code) && user.totpEnabledAt) {
    const { count } = await db.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: hashRecoveryCode(code, masterSecret()), usedAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) return { ok: false };
    const left = await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
    return { ok: true, method: "recovery-code", recoveryCodesLeft: left };
  }
  return { ok: false };
}
