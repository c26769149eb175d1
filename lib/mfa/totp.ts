// Time-based one-time passwords, pure: HOTP (RFC 4226), TOTP (RFC 6238) and the base32 alphabet of the
// key-uri format that authenticator apps read (RFC 4648 §6). No I/O, no clock: the caller passes the time.
import { createHmac, timingSafeEqual } from "node:crypto";

export type TotpAlgorithm = "sha1" | "sha256" | "sha512";

export interface TotpOptions {
  /** Seconds per time step (RFC 6238 X). */
  period: number;
  digits: number;
  algorithm: TotpAlgorithm;
}

/** What Reprise issues: the defaults every authenticator app understands. */
export const TOTP_DEFAULTS: TotpOptions = { period: 30, digits: 6, algorithm: "sha1" };

/** Accepted drift, in time steps either side of now (RFC 6238 §5.2 recommends at most one). */
export const TOTP_WINDOW = 1;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32[(value << (5 - bits)) & 31];
  return output;
}

/** Decodes base32, ignoring case, spaces, dashes and padding (keys are often typed in groups). */
export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new RangeError(`not a base32 character: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** RFC 4226 §5.3: HMAC of the 8-byte counter, dynamic truncation, modulo 10^digits. */
export function hotp(
  key: Uint8Array,
  counter: number,
  digits = TOTP_DEFAULTS.digits,
  algorithm: TotpAlgorithm = "sha1",
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step of an instant (RFC 6238 §4.2, T0 = 0). */
export function timeStep(at: Date, period = TOTP_DEFAULTS.period): number {
  return Math.floor(at.getTime() / 1000 / period);
}

export function totp(key: Uint8Array, at: Date, options: TotpOptions = TOTP_DEFAULTS): string {
  return hotp(key, timeStep(at, options.period), options.digits, options.algorithm);
}

/** A code as people type it: digits only (spaces in "123 456" are dropped). */
export function normaliseTotpCode(code: string): string {
  return code.replace(/\s/g, "");
}

export function looksLikeTotpCode(code: string, digits = TOTP_DEFAULTS.digits): boolean {
  return new RegExp(`^\\d{${digits}}$`).test(normaliseTotpCode(code));
}

/**
 * The time step a code belongs to, within ±TOTP_WINDOW steps of `at`, or null. Steps up to `lastUsedStep`
 * are refused: a code that was accepted once cannot be replayed (RFC 6238 §5.2).
 */
export function matchTotp(
  key: Uint8Array,
  code: string,
  at: Date,
  options: { lastUsedStep?: number | null; window?: number } & Partial<TotpOptions> = {},
): number | null {
  const settings = { ...TOTP_DEFAULTS, ...options };
  const candidate = normaliseTotpCode(code);
  if (!looksLikeTotpCode(candidate, settings.digits)) return null;
  const now = timeStep(at, settings.period);
  const window = options.window ?? TOTP_WINDOW;
  let matched: number | null = null;
  // Compare every candidate step in constant time, so the answer's timing says nothing about which one matched.
  for (let step = now - window; step <= now + window; step++) {
    const expected = Buffer.from(hotp(key, step, settings.digits, settings.algorithm));
    if (timingSafeEqual(expected, Buffer.from(candidate)) && matched === null) matched = step;
  }
  if (matched === null) return null;
  if (options.lastUsedStep !== null && options.lastUsedStep !== undefined && matched <= options.lastUsedStep)
    return null;
  return matched;
}

/** The key-uri an authenticator app scans (the QR code) or that a user types in by hand. */
export function otpauthUri(options: { secret: string; account: string; issuer: string }): string {
  const label = `${encodeURIComponent(options.issuer)}:${encodeURIComponent(options.account)}`;
  const params = new URLSearchParams({
    secret: options.secret,
    issuer: options.issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DEFAULTS.digits),
    period: String(TOTP_DEFAULTS.period),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** The secret in groups of four, for typing it in by hand. */
export function groupKey(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/** The current code of a base32 key (tests and scripts that play the authenticator app). */
export function totpCodeOf(secret: string, at: Date = new Date(), stepOffset = 0): string {
  return hotp(base32Decode(secret), timeStep(at) + stepOffset);
}
