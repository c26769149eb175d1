"use client";
// Unexpected errors: a generic translated message and the reference under which the server logged it
// (instrumentation.ts onRequestError logs the digest with the request id).
import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1>{t("pageTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("pageBody")}</p>
      <p className="mt-2 font-mono text-sm" data-testid="error-reference">
        {error.digest ?? "—"}
      </p>
      <Button className="mt-6" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </main>
  );
}
