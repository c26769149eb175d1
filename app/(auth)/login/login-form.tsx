"use client";
import { useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInWithPassword, type SignInFailure } from "@/lib/auth/client";
import { SIGN_IN_LOCALE_COOKIE } from "@/lib/i18n/config";

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

/**
 * Two steps: e-mail and password, then — for an account with an authenticator app — its six-digit code or a
 * recovery code (docs/decisions/009). The password stays in memory between the steps, never in the page.
 */
export function LoginForm({ lockMinutes }: { lockMinutes: number }) {
  const t = useTranslations("auth");
  const tm = useTranslations("mfa.login");
  const router = useRouter();
  const locale = useLocale();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [code, setCode] = useState("");
  /** Kept when going back from the second step, so the address need not be typed again. */
  const [lastEmail, setLastEmail] = useState("");

  function messageFor(failure: SignInFailure): string {
    switch (failure) {
      case "LOCKED":
        return t("locked", { minutes: lockMinutes });
      case "INVALID":
        return t("invalidCredentials");
      case "INVALID_CODE":
        return useRecoveryCode ? tm("invalidRecoveryCode") : tm("invalidCode");
      default:
        return t("unknownError");
    }
  }

  function succeed() {
    // The account's language may differ from this page's: the landing page says so (ADR 006).
    document.cookie = `${SIGN_IN_LOCALE_COOKIE}=${locale}; path=/; max-age=600; samesite=lax`;
    router.replace(safeCallback(searchParams.get("callbackUrl")));
    router.refresh();
  }

  async function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    setSubmitting(true);
    setError(null);
    const result = await signInWithPassword(email, password);
    if (result.ok) return succeed();
    setSubmitting(false);
    if (result.code === "SECOND_FACTOR") {
      setCredentials({ email, password });
      setCode("");
      setUseRecoveryCode(false);
      return;
    }
    setError(messageFor(result.code));
  }

  async function onCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!credentials) return;
    if (!code.trim()) {
      setError(useRecoveryCode ? tm("recoveryCodeRequired") : tm("codeRequired"));
      return;
    }
    setSubmitting(true);
    setError(null);
    const result = await signInWithPassword(credentials.email, credentials.password, code.trim());
    if (result.ok) return succeed();
    setSubmitting(false);
    if (result.code === "INVALID" || result.code === "SECOND_FACTOR") {
      // The password changed in the meantime: start again from the first step.
      setLastEmail(credentials.email);
      setCredentials(null);
    }
    setError(messageFor(result.code));
  }

  if (credentials) {
    return (
      <form onSubmit={onCode} className="mt-6 space-y-4" noValidate aria-labelledby="second-step-title">
        <h2 id="second-step-title" className="text-lg font-semibold">
          {tm("title")}
        </h2>
        <p className="text-sm text-slate-600">{useRecoveryCode ? tm("recoveryIntro") : tm("intro")}</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <fieldset disabled={isSubmitting} className="space-y-4">
          <Field
            id="second-factor-code"
            label={useRecoveryCode ? tm("recoveryCode") : tm("code")}
            hint={useRecoveryCode ? tm("recoveryHint") : tm("codeHint")}
            required
          >
            <Input
              key={useRecoveryCode ? "recovery" : "totp"}
              name="code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="one-time-code"
              inputMode={useRecoveryCode ? "text" : "numeric"}
              spellCheck={false}
              autoFocus
              required
            />
          </Field>
          <Button type="submit" className="w-full">
            {isSubmitting ? t("submitting") : tm("verify")}
          </Button>
          <div className="flex flex-wrap justify-between gap-2 text-sm">
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                setUseRecoveryCode(!useRecoveryCode);
                setCode("");
                setError(null);
              }}
            >
              {useRecoveryCode ? tm("useApp") : tm("useRecoveryCode")}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                setLastEmail(credentials.email);
                setCredentials(null);
                setError(null);
              }}
            >
              {tm("back")}
            </Button>
          </div>
        </fieldset>
      </form>
    );
  }

  return (
    <form onSubmit={onPassword} className="mt-6 space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={isSubmitting} className="space-y-4">
        <Field id="email" label={t("email")} required>
          <Input
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={lastEmail}
            required
            autoFocus
          />
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
