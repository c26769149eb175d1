"use client";
// A member outside the user's scope: they may open the file only after stating why (audited, shown to
// managers in the access report). Nothing about the member is shown before that.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { TextAreaField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { openWithPurposeAction } from "@/lib/break-glass/actions";
import { ZBreakGlassSchema } from "@/lib/break-glass/schemas";

export function BreakGlassGate({ memberId }: { memberId: string }) {
  const t = useTranslations("breakGlass");
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(ZBreakGlassSchema),
    defaultValues: { memberId, purpose: "" },
  });
  const { onSubmit, failure } = useActionForm(form, openWithPurposeAction, () => router.refresh());
  return (
    <section
      aria-labelledby="break-glass-title"
      className="mx-auto max-w-xl rounded-lg border border-amber-300 bg-white p-5 shadow-sm"
    >
      <h1 id="break-glass-title">{t("title")}</h1>
      <Alert tone="warning" className="mt-3">
        {t("explanation")}
      </Alert>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
        <FormFailure failure={failure} />
        <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
          <TextAreaField
            form={form}
            name="purpose"
            label={t("purpose")}
            hint={t("purposeHint")}
            required
            rows={3}
          />
          <Button type="submit" variant="danger">
            {t("submit")}
          </Button>
        </fieldset>
      </form>
    </section>
  );
}
