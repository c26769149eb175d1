"use client";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInWithPassword } from "@/lib/auth/client";

/** Only same-site paths may be followed after sign-in (no open redirect). */
function safeCallback(value: string | null): string {
  if (!value) return "/";
  try {
    const url = new URL(value, window.location.origin);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

export function LoginForm({ lockMinutes }: { lockMinutes: number }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSubmitting(true);
    setError(null);
    const result = await signInWithPassword(
      String(data.get("email") ?? ""),
      String(data.get("password") ?? ""),
    );
    if (result.ok) {
      router.replace(safeCallback(searchParams.get("callbackUrl")));
      router.refresh();
      return;
    }
    setSubmitting(false);
    setError(
      result.code === "LOCKED"
        ? t("locked", { minutes: lockMinutes })
        : result.code === "INVALID"
          ? t("invalidCredentials")
          : t("unknownError"),
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={isSubmitting} className="space-y-4">
        <Field id="email" label={t("email")} required>
          <Input name="email" type="email" autoComplete="username" required autoFocus />
        </Field>
        <Field id="password" label={t("password")} required>
          <Input name="password" type="password" autoComplete="current-password" required />
        </Field>
        <Button type="submit" className="w-full">
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </fieldset>
    </form>
  );
}
