import "server-only";

import { getEnv } from "@/lib/env";

/** The secret the second factor's keys are derived from (lib/mfa/crypto.ts). */
export function masterSecret(): string {
  const secret = getEnv().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: second-factor secrets cannot be encrypted");
  return secret;
}

/** The name authenticator apps show next to the account. */
export const TOTP_ISSUER = "Reprise";
