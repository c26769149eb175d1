"use client";
// Client-side sign-in and sign-out, so that components never import next-auth themselves.
import { signIn, signOut } from "next-auth/react";

const FAILURES = ["INVALID", "LOCKED", "SECOND_FACTOR", "INVALID_CODE"] as const;
export type SignInFailure = (typeof FAILURES)[number] | "UNKNOWN";
export type SignInOutcome = { ok: true } | { ok: false; code: SignInFailure };

/** Signs in; `code` is the second step (authenticator or recovery code) once SECOND_FACTOR was answered. */
export async function signInWithPassword(
  email: string,
  password: string,
  code?: string,
): Promise<SignInOutcome> {
  const result = await signIn("credentials", {
    email,
    password,
    ...(code ? { code } : {}),
    redirect: false,
  });
  if (result?.ok && !result.error) return { ok: true };
  const failure = (FAILURES as readonly string[]).find((known) => known === result?.error);
  return { ok: false, code: (failure as SignInFailure | undefined) ?? "UNKNOWN" };
}

export async function signOutAndLeave(): Promise<void> {
  await signOut({ callbackUrl: "/login" });
}
