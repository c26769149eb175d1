import "server-only";

import QRCode from "qrcode";

import { getDb } from "@/lib/db";
import { decryptUserKey } from "@/lib/mfa/verify";
import { TOTP_ISSUER } from "@/lib/mfa/keys";
import { base32Encode, groupKey, otpauthUri } from "@/lib/mfa/totp";

export type SecondFactorState =
  | { status: "off" }
  | {
      status: "pending";
      /** The key in groups of four, to type into the app by hand. */
      manualKey: string;
      /** The otpauth URI as an SVG QR code (generated here, never by a third-party service). */
      qrSvg: string;
    }
  | { status: "on"; enabledAt: Date; recoveryCodesLeft: number };

/** The signed-in user's own second factor, for the security page. */
export async function getOwnSecondFactor(user: { id: string; email: string }): Promise<SecondFactorState> {
  const db = getDb();
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { id: true, totpSecret: true, totpEnabledAt: true },
  });
  if (row.totpEnabledAt) {
    const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
    return { status: "on", enabledAt: row.totpEnabledAt, recoveryCodesLeft };
  }
  const key = decryptUserKey(row);
  if (!key) return { status: "off" };
  const secret = base32Encode(key);
  const qrSvg = await QRCode.toString(otpauthUri({ secret, account: user.email, issuer: TOTP_ISSUER }), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
  });
  return { status: "pending", manualKey: groupKey(secret), qrSvg };
}

/** Whether a user has a second factor, and since when (for administrators). */
export async function getSecondFactorStatus(
  userId: string,
): Promise<{ enabledAt: Date | null; recoveryCodesLeft: number; isPending: boolean } | null> {
  const db = getDb();
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { totpEnabledAt: true, totpSecret: true },
  });
  if (!row) return null;
  const recoveryCodesLeft = row.totpEnabledAt
    ? await db.recoveryCode.count({ where: { userId, usedAt: null } })
    : 0;
  return {
    enabledAt: row.totpEnabledAt,
    recoveryCodesLeft,
    isPending: !row.totpEnabledAt && row.totpSecret !== null,
  };
}
