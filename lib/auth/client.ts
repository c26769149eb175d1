"use client";
// Client-side sign-in and sign-out, so that components never import next-auth themselves.
import { signIn, signOut } from "next-auth/react";

export type SignInOutcome = { ok: true } | { ok: false; code: "INVALID" | "LOCKED" | "UNKNOWN" };

export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (result?.ok && !result.error) return { ok: true };
  const code = result?.error;
  return { ok: false, code: code === "INVALID" || code === "LOCKED" ? code : "UNKNOWN" };
}

export async function signOutAndLeave(): Promise<void> {
  await signOut({ callbackUrl: "/login" });
}
