// Secrets of the second factor at rest, pure given the master secret (NEXTAUTH_SECRET, passed in):
// - TOTP secrets are encrypted with AES-256-GCM under a key derived with HKDF-SHA256; the user id is bound in
//   as additional data, so a ciphertext copied onto another user's row does not decrypt.
// - Recovery codes are kept as HMAC-SHA256 digests under another derived key (60 random bits each, so a
//   slow hash adds nothing; the key keeps a stolen table useless without the server's secret).
// Rotating NEXTAUTH_SECRET therefore invalidates every enrolment (docs/decisions/009-two-factor-sign-in.md).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
type Purpose = "totp-secret" | "recovery-code";

export function deriveKey(masterSecret: string, purpose: Purpose): Buffer {
  if (!masterSecret) throw new Error("no master secret to derive the second-factor keys from");
  return Buffer.from(hkdfSync("sha256", masterSecret, "reprise-second-factor", `reprise:${purpose}`, 32));
}

export function encryptSecret(plaintext: string, masterSecret: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(masterSecret, "totp-secret"), iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plaintext, or an error when the payload was altered, belongs to another user or another key. */
export function decryptSecret(payload: string, masterSecret: string, userId: string): string {
  const [version, iv, tag, ciphertext] = payload.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined)
    throw new Error("unknown second-factor secret format");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    deriveKey(masterSecret, "totp-secret"),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAAD(Buffer.from(userId, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}

// Crockford's base32: no I, L, O or U, so nothing is misread when a code is copied from paper.
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const RECOVERY_CODE_COUNT = 10;

/** Codes like "7k3m-q9xa-2hdp": 12 characters of 5 bits, 60 random bits each. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = [...randomBytes(12)].map((byte) => RECOVERY_ALPHABET[byte & 31]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** As typed: any case, with or without dashes and spaces; O, I and L read as 0, 1 and 1. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[0-9a-hjkmnp-tv-z]{12}$/.test(normaliseRecoveryCode(code));
}

export function hashRecoveryCode(code: string, masterSecret: string): string {
  return createHmac("sha256", deriveKey(masterSecret, "recovery-code"))
    .update(normaliseRecoveryCode(code))
    .digest("base64url");
}
