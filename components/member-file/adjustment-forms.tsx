"use client";
// Work adjustments asked of the employer (which needs the member's consent for the employer, V11) and the
// employer's answer: refusal reason, whether an explanation was given, and the motivated report.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";

import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { ConsentShortcut } from "@/components/member-file/consent-forms";
import { EmployerPicker, type PickedEmployer } from "@/components/member-file/employer-picker";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { decideAdjustmentAction, requestAdjustmentAction } from "@/lib/adjustments/actions";
import { ZDecideAdjustmentSchema, ZRequestAdjustmentSchema } from "@/lib/adjustments/schemas";
import { hasValidConsent, type ConsentRecord } from "@/lib/consents/rules";
import { isISODate, todayInBrussels } from "@/lib/dates";
import { AdjustmentRefusalReason, AdjustmentStatus, AdjustmentType } from "@/lib/generated/prisma/enums";

export function RequestAdjustmentForm({
  trajectoryId,
  consents,
  employer,
  onDone,
}: {
  trajectoryId: string;
  consents: ConsentRecord[];
  employer: PickedEmployer | null;
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZRequestAdjustmentSchema),
    defaultValues: {
      trajectoryId,
      employerId: employer?.id ?? "",
      type: "HOURS" as AdjustmentType,
      description: "",
      requestedDate: todayInBrussels(),
    },
  });
  const { onSubmit, failure } = useActionForm(form, requestAdjustmentAction, () => done());
  const requestedDate = useWatch({ control: form.control, name: "requestedDate" });
  const needsConsent = !hasValidConsent(
    consents,
    "EMPLOYER",
    isISODate(requestedDate) ? requestedDate : todayInBrussels(),
  );
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormFailure failure={failure} />
        <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              form={form}
              name="type"
              idPrefix="adjustment"
              label={t("memberFile.adjustments.type")}
              required
              options={Object.values(AdjustmentType).map((value) => ({
                value,
                label: t(`enums.adjustmentType.${value}`),
              }))}
            />
            <TextField
              form={form}
              name="requestedDate"
              idPrefix="adjustment"
              type="date"
              label={t("memberFile.adjustments.requestedDate")}
              required
            />
          </div>
          <TextAreaField
            form={form}
            name="description"
            idPrefix="adjustment"
            label={t("memberFile.adjustments.description")}
            required
            rows={2}
          />
          <EmployerPicker
            form={form}
            name="employerId"
            idPrefix="adjustment-employer"
            label={t("memberFile.adjustments.employer")}
            hint={t("memberFile.adjustments.employerHint")}
            initial={employer}
          />
          <Button type="submit">
            {form.formState.isSubmitting ? t("common.saving") : t("memberFile.adjustments.request")}
          </Button>
        </fieldset>
      </form>
      {needsConsent ? (
        <Alert tone="warning" title={t("memberFile.consents.missingTitle")}>
          <p>{t("memberFile.consents.missingForEmployer")}</p>
          <div className="mt-2">
            <ConsentShortcut
              trajectoryId={trajectoryId}
              party="EMPLOYER"
              partyName={employer?.name}
              purposeCode="WORK_ADJUSTMENTS"
              onRecorded={() => form.clearErrors("employerId")}
            />
          </div>
        </Alert>
      ) : null}
    </div>
  );
}

export function DecideAdjustmentForm({
  adjustment,
  onDone,
}: {
  adjustment: {
    id: string;
    version: number;
    status: AdjustmentStatus;
    decidedDate: string | null;
    refusalReason: AdjustmentRefusalReason | null;
    explanationGiven: boolean | null;
    motivatedReportDate: string | null;
  };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const values = {
    adjustmentId: adjustment.id,
    version: adjustment.version,
    status: (adjustment.status === "REQUESTED" ? "GRANTED" : adjustment.status) as AdjustmentStatus,
    decidedDate: adjustment.decidedDate ?? todayInBrussels(),
    refusalReason: (adjustment.refusalReason ?? "") as AdjustmentRefusalReason | "",
    explanationGiven: (adjustment.explanationGiven === null
      ? ""
      : adjustment.explanationGiven
        ? "yes"
        : "no") as "yes" | "no" | "",
    motivatedReportDate: adjustment.motivatedReportDate ?? "",
  };
  const form = useForm({ resolver: zodResolver(ZDecideAdjustmentSchema), defaultValues: values });
  useServerValues(form, values, adjustment.version);
  const { onSubmit, failure } = useActionForm(form, decideAdjustmentAction, () => done());
  const status = useWatch({ control: form.control, name: "status" });
  const isRefusal = status === "REFUSED" || status === "PARTIALLY_GRANTED";
  // A refusal reason belongs to a (partial) refusal only: drop it, hidden, when the answer changes.
  useEffect(() => {
    if (!isRefusal) {
      form.setValue("refusalReason", "");
      form.setValue("explanationGiven", "");
    }
  }, [form, isRefusal]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            form={form}
            name="status"
            label={t("memberFile.adjustments.answer")}
            required
            options={Object.values(AdjustmentStatus).map((value) => ({
              value,
              label: t(`enums.adjustmentStatus.${value}`),
            }))}
          />
          <TextField
            form={form}
            name="decidedDate"
            type="date"
            label={t("memberFile.adjustments.decidedDate")}
          />
        </div>
        {isRefusal ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              form={form}
              name="refusalReason"
              label={t("memberFile.adjustments.refusalReason")}
              required={status === "REFUSED"}
              placeholder={t("memberFile.choose")}
              options={Object.values(AdjustmentRefusalReason).map((value) => ({
                value,
                label: t(`enums.adjustmentRefusalReason.${value}`),
              }))}
            />
            <SelectField
              form={form}
              name="explanationGiven"
              label={t("memberFile.adjustments.explanationGiven")}
              required={status === "REFUSED"}
              placeholder={t("memberFile.choose")}
              options={[
                { value: "yes", label: t("common.yes") },
                { value: "no", label: t("common.no") },
              ]}
            />
          </div>
        ) : null}
        <TextField
          form={form}
          name="motivatedReportDate"
          type="date"
          label={t("memberFile.adjustments.motivatedReportDate")}
          hint={t("memberFile.adjustments.motivatedReportHint")}
        />
        <Button type="submit">{form.formState.isSubmitting ? t("common.saving") : t("common.save")}</Button>
      </fieldset>
    </form>
  );
}
