// API tokens (issue 6): bearer tokens for the reporting API. A token is shown once when it is created; the
// database keeps only its SHA-256 hash (a leaked database does not leak usable tokens) and a short prefix to
// recognise it in the list. Pure.
import { createHash, randomBytes } from "node:crypto";

import type { ApiScope } from "@/lib/api-tokens/schemas";

/** Recognisable in logs and by secret scanners: "rpr_" + 43 base64url characters (256 random bits). */
export const TOKEN_PREFIX = "rpr_";
const TOKEN_PATTERN = /^rpr_[A-Za-z0-9_-]{43}$/;
/** Characters of the token kept in clear to tell tokens apart ("rpr_Ab12Cd34"). */
export const VISIBLE_PREFIX_LENGTH = 12;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateToken(): { token: string; prefix: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, VISIBLE_PREFIX_LENGTH), hash: hashToken(token) };
}

export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The token of an `Authorization: Bearer …` header (RFC 6750: scheme case-insensitive), or null. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (!match) return null;
  return isWellFormedToken(match[1]!) ? match[1]! : null;
}

export function hasScope(scopes: readonly string[], scope: ApiScope): boolean {
  return scopes.includes(scope);
}
