// The password policy, pure (the forms check it in the browser too): at least 12 characters, not the e-mail
// address, not a common password.
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";

export const PASSWORD_MIN_LENGTH = 12;

/**
 * Returns the message keys (namespace `validation`) of every rule the password breaks; empty when accepted.
 * Rules: at least 12 characters, not the e-mail address (or its local part), not a common password.
 */
export function checkPasswordPolicy(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push("password.tooShort");
  const lower = password.trim().toLowerCase();
  if (email) {
    const address = email.trim().toLowerCase();
    const local = address.split("@")[0] ?? "";
    if (lower === address || (local.length >= 4 && lower === local)) problems.push("password.isEmail");
  }
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(lower)) problems.push("password.common");
  return problems;
}

/** A random password that satisfies the policy (for the admin CLI and new accounts). */
export function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10, 15)}-${chars.slice(15, 20)}`;
}
