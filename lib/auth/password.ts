// Password hashing (argon2id, OWASP's minimum parameters). The policy is in password-policy.ts.
import "server-only";

import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id is a const enum, which isolatedModules cannot inline: 2 is its value.
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real verification, so response times do not reveal unknown addresses. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("reprise-timing-equaliser-not-a-password");
  await verifyPassword(await dummyHash, password);
  return false;
}
