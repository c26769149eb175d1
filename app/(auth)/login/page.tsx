import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { getSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";

import { LoginForm } from "./login-form";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await getSessionUser()) redirect("/");
  const t = await getTranslations("auth");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex justify-end p-4">
        <LocaleSwitcher isSignedIn={false} />
      </header>
      <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 pt-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Reprise</p>
        <h1 className="mt-1">{t("title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
        <LoginForm lockMinutes={getEnv().LOGIN_LOCK_MINUTES} />
      </main>
    </div>
  );
}
