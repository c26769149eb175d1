"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";

import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useValidationMessage } from "@/components/forms/use-validation-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { assessCapacityAction } from "@/lib/capacity/actions";
import { ZAssessCapacitySchema } from "@/lib/capacity/schemas";
import { todayInBrussels } from "@/lib/dates";

const CATEGORIES = [1, 2, 3, 4] as const;

/**
 * The physician's residual-capacity assessment (V8): category with its definition, limitations in words a
 * coordinator (and, with consent, an employer) may read, medical notes for physicians only, the next review,
 * and the hand-over to a coordinator — proposed for category 4, the go-ahead starting the first-contact
 * deadline (V10).
 */
export function AssessmentForm({
  periodId,
  periodStartLabel,
  coordinators,
  defaultCoordinatorId,
  previousLimitations,
  hasOpenTrajectory,
}: {
  periodId: string;
  /** The period's start, formatted for the hint. */
  periodStartLabel: string;
  coordinators: { id: string; name: string }[];
  defaultCoordinatorId: string | null;
  previousLimitations: string;
  hasOpenTrajectory: boolean;
}) {
  const t = useTranslations("assessment");
  const tc = useTranslations();
  const translate = useValidationMessage();
  const router = useRouter();
  const [done, setDone] = useState<{ handedOver: boolean } | null>(null);
  const today = todayInBrussels();
  const form = useForm({
    resolver: zodResolver(ZAssessCapacitySchema),
    defaultValues: {
      periodId,
      category: undefined as unknown as number,
      assessedDate: today,
      functionalLimitations: previousLimitations,
      medicalNotes: "",
      nextReviewDate: "",
      referToCoordinator: false,
      goAheadDate: "",
      coordinatorId: defaultCoordinatorId ?? "",
    },
  });
  const { onSubmit, failure } = useActionForm(form, assessCapacityAction, (data) => {
    setDone({ handedOver: data.trajectoryId !== null });
    form.reset({
      periodId,
      category: undefined as unknown as number,
      assessedDate: today,
      functionalLimitations: form.getValues("functionalLimitations"),
      medicalNotes: "",
      nextReviewDate: "",
      referToCoordinator: false,
      goAheadDate: "",
      coordinatorId: defaultCoordinatorId ?? "",
    });
    router.refresh();
  });

  const [category, refer] = useWatch({ control: form.control, name: ["category", "referToCoordinator"] });
  // Category 4 is the target group of a return-to-work trajectory: propose the hand-over (the physician may
  // still untick it, or tick it for another category).
  useEffect(() => {
    if (category === 4 && !form.getFieldState("referToCoordinator").isDirty)
      form.setValue("referToCoordinator", true);
  }, [category, form]);
  useEffect(() => {
    if (refer && !form.getValues("goAheadDate"))
      form.setValue("goAheadDate", form.getValues("assessedDate") || today);
  }, [refer, form, today]);

  const categoryError = translate(form.formState.errors.category?.message);
  return (
    <form
      onSubmit={(event) => {
        setDone(null);
        return onSubmit(event);
      }}
      noValidate
      className="space-y-4"
      aria-labelledby="assessment-form-title"
    >
      <h3 id="assessment-form-title" className="text-base font-semibold">
        {t("formTitle")}
      </h3>
      {done ? <Alert tone="success">{done.handedOver ? t("savedHandedOver") : t("saved")}</Alert> : null}
      <FormFailure failure={failure} />
      <p className="text-xs text-slate-600">{tc("forms.requiredHint")}</p>
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
        <Controller
          control={form.control}
          name="category"
          render={({ field }) => (
            <fieldset
              aria-describedby={categoryError ? "category-error" : undefined}
              aria-invalid={categoryError ? true : undefined}
              className="space-y-2"
            >
              <legend className="text-sm font-medium text-slate-800">
                {t("category")}
                <span aria-hidden="true" className="ml-0.5 text-red-700">
                  *
                </span>
              </legend>
              {CATEGORIES.map((value) => (
                <label
                  key={value}
                  className={cn(
                    "flex cursor-pointer gap-3 rounded-md border p-3 text-sm",
                    field.value === value ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white",
                  )}
                >
                  <input
                    type="radio"
                    name={field.name}
                    value={value}
                    checked={field.value === value}
                    onChange={() => field.onChange(value)}
                    onBlur={field.onBlur}
                    ref={value === 1 ? field.ref : undefined}
                    className="mt-1"
                  />
                  <span>
                    <span className="block font-medium">{tc(`enums.category.${value}`)}</span>
                    <span className="block text-slate-600">{t(`definitions.${value}`)}</span>
                  </span>
                </label>
              ))}
              {categoryError ? (
                <p id="category-error" className="text-sm text-red-700">
                  {categoryError}
                </p>
              ) : null}
            </fieldset>
          )}
        />
        <TextField
          form={form}
          name="assessedDate"
          type="date"
          label={t("assessedDate")}
          hint={t("assessedDateHint", { start: periodStartLabel })}
          required
          max={today}
        />
        <TextAreaField
          form={form}
          name="functionalLimitations"
          label={t("limitations")}
          hint={t("limitationsHint")}
          required
          rows={4}
        />
        <TextAreaField
          form={form}
          name="medicalNotes"
          label={t("medicalNotes")}
          hint={t("medicalNotesHint")}
          rows={4}
        />
        <TextField
          form={form}
          name="nextReviewDate"
          type="date"
          label={t("nextReview")}
          hint={t("nextReviewHint")}
        />
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <CheckboxField
            form={form}
            name="referToCoordinator"
            label={t("refer")}
            hint={hasOpenTrajectory ? t("referExisting") : t("referHint")}
          />
          {refer ? (
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <TextField
                form={form}
                name="goAheadDate"
                type="date"
                label={t("goAhead")}
                hint={t("goAheadHint")}
                required
                max={today}
              />
              <SelectField
                form={form}
                name="coordinatorId"
                label={t("coordinator")}
                hint={t("coordinatorHint")}
                placeholder={t("memberCoordinator")}
                options={coordinators.map((c) => ({ value: c.id, label: c.name }))}
              />
            </div>
          ) : null}
        </div>
        <Button type="submit">{form.formState.isSubmitting ? tc("common.saving") : t("submit")}</Button>
      </fieldset>
    </form>
  );
}
