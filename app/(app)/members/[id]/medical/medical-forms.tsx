"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { useForm } from "react-hook-form";

import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DiagnosisGroup } from "@/lib/generated/prisma/enums";
import { updatePeriodMedicalAction } from "@/lib/incapacity/actions";
import { ZUpdatePeriodMedicalSchema } from "@/lib/incapacity/schemas";
import { markQuestionnaireReadAction } from "@/lib/medical/actions";

/** Diagnosis group and certificates' medical content of one period (physicians only). */
export function PeriodMedicalForm({
  period,
}: {
  period: { id: string; version: number; diagnosisGroup: string | null; certificateContent: string | null };
}) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    resolver: zodResolver(ZUpdatePeriodMedicalSchema),
    defaultValues: {
      periodId: period.id,
      version: period.version,
      diagnosisGroup: (period.diagnosisGroup ?? "") as DiagnosisGroup | "",
      certificateContent: period.certificateContent ?? "",
    },
  });
  // After "Reload" on a stale edit the page hands over the latest version; what was typed stays.
  useEffect(() => {
    form.setValue("version", period.version);
  }, [period.version, form]);
  const { onSubmit, failure } = useActionForm(form, updatePeriodMedicalAction, () => {
    setSaved(true);
    router.refresh();
  });
  return (
    <form
      onSubmit={(event) => {
        setSaved(false);
        return onSubmit(event);
      }}
      noValidate
      className="space-y-3"
    >
      <FormFailure failure={failure} />
      {saved ? <Alert tone="success">{t("medical.saved")}</Alert> : null}
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <SelectField
          form={form}
          name="diagnosisGroup"
          idPrefix={`period-${period.id}`}
          label={t("medical.diagnosisGroup")}
          placeholder={t("medical.noDiagnosisGroup")}
          options={Object.values(DiagnosisGroup).map((value) => ({
            value,
            label: t(`enums.diagnosisGroup.${value}`),
          }))}
        />
        <TextAreaField
          form={form}
          name="certificateContent"
          idPrefix={`period-${period.id}`}
          label={t("medical.certificateContent")}
          hint={t("medical.certificateHint")}
          rows={4}
        />
        <Button type="submit" variant="secondary">
          {form.formState.isSubmitting ? t("common.saving") : t("common.save")}
        </Button>
      </fieldset>
    </form>
  );
}

/** Takes a returned questionnaire off the physician's "unread" queue. */
export function MarkQuestionnaireRead({ questionnaireId }: { questionnaireId: string }) {
  const t = useTranslations("medical");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        variant="secondary"
        size="sm"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await markQuestionnaireReadAction({ questionnaireId });
            if (!result.ok) setError(result.message);
            router.refresh();
          })
        }
      >
        {t("markRead")}
      </Button>
    </div>
  );
}
