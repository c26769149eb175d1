"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import type { FormFailure as Failure } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The form-level outcome of a failed submit; a stale edit offers to reload (the typed values stay). */
export function FormFailure({ failure }: { failure: Failure | null }) {
  const t = useTranslations("forms");
  const router = useRouter();
  if (!failure) return null;
  if (failure.code === "CONFLICT") {
    return (
      <Alert tone="error" title={t("conflictTitle")}>
        <p>{failure.message}</p>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => router.refresh()}>
          {t("reload")}
        </Button>
      </Alert>
    );
  }
  return <Alert tone="error">{failure.code === "NETWORK" ? t("networkError") : failure.message}</Alert>;
}
