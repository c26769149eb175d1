"use client";
// The member's authorised-activity request (progressive return, art. 100 §2), filed by the coordinator for the
// physician: with the work fraction, the lateness warning (V13), the benefit effect (V17) and the decision's
// due date (V14, V20) shown while typing. The decision itself is the physician's (V8).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";

import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { EmployerPicker, type PickedEmployer } from "@/components/member-file/employer-picker";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Button } from "@/components/ui/button";
import { endActivityAction, requestActivityAction, withdrawActivityAction } from "@/lib/activities/actions";
import {
  benefitEffect,
  decisionDueDate,
  isValidFraction,
  latenessOf,
  needsPriorDecision,
  workFraction,
} from "@/lib/activities/rules";
import {
  ZEndActivitySchema,
  ZRequestActivitySchema,
  ZWithdrawActivitySchema,
} from "@/lib/activities/schemas";
import { isISODate, todayInBrussels } from "@/lib/dates";
import { ActivityEndReason } from "@/lib/generated/prisma/enums";
import { useFormat } from "@/lib/i18n/use-format";

const isHours = (value: unknown): value is number => typeof value === "number" && value > 0 && value <= 60;

export function RequestActivityForm({
  memberId,
  trajectoryId,
  employer,
  referenceWeeklyHours,
  statute,
  onDone,
}: {
  memberId: string;
  trajectoryId: string | null;
  employer: PickedEmployer | null;
  referenceWeeklyHours: number | null;
  statute: string;
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const format = useFormat();
  const day = (iso: string) => format.date(iso);
  const form = useForm({
    resolver: zodResolver(ZRequestActivitySchema),
    defaultValues: {
      memberId,
      trajectoryId: trajectoryId ?? "",
      employerId: employer?.id ?? "",
      requestReceivedDate: todayInBrussels(),
      startDate: "",
      natureOfWork: "",
      // Empty until typed: the number inputs give undefined for "", which the schema reports as required.
      requestedWeeklyHours: undefined as unknown as number,
      referenceWeeklyHours: referenceWeeklyHours ?? (undefined as unknown as number),
      employerCoSigned: false,
    },
  });
  const { onSubmit, failure } = useActionForm(form, requestActivityAction, () => done());
  const [received, start, hours, reference] = useWatch({
    control: form.control,
    name: ["requestReceivedDate", "startDate", "requestedWeeklyHours", "referenceWeeklyHours"],
  });
  const fraction = isHours(hours) && isHours(reference) ? workFraction(hours, reference) : null;
  const effect = fraction !== null && isValidFraction(fraction) ? benefitEffect(fraction) : null;
  const hasDates = isISODate(received) && isISODate(start);
  const lateness = hasDates ? latenessOf(received, start) : null;
  const selfEmployed = needsPriorDecision(statute);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            form={form}
            name="requestReceivedDate"
            idPrefix="activity"
            type="date"
            label={t("memberFile.activities.requestReceivedDate")}
            required
          />
          <TextField
            form={form}
            name="startDate"
            idPrefix="activity"
            type="date"
            label={t("memberFile.activities.startDate")}
            required
          />
          <TextField
            form={form}
            name="requestedWeeklyHours"
            idPrefix="activity"
            type="number"
            step="0.01"
            inputMode="decimal"
            label={t("memberFile.activities.requestedWeeklyHours")}
            required
          />
          <TextField
            form={form}
            name="referenceWeeklyHours"
            idPrefix="activity"
            type="number"
            step="0.01"
            inputMode="decimal"
            label={t("memberFile.activities.referenceWeeklyHours")}
            hint={t("memberFile.activities.referenceHint")}
            required
          />
        </div>
        <TextAreaField
          form={form}
          name="natureOfWork"
          idPrefix="activity"
          label={t("memberFile.activities.natureOfWork")}
          required
          rows={2}
        />
        <EmployerPicker
          form={form}
          name="employerId"
          idPrefix="activity-employer"
          label={t("memberFile.activities.employer")}
          initial={employer}
        />
        <CheckboxField
          form={form}
          name="employerCoSigned"
          idPrefix="activity"
          label={t("memberFile.activities.employerCoSigned")}
        />

        <section
          aria-labelledby="activity-preview"
          className="rounded-md border border-slate-200 bg-white p-3 text-sm"
          data-testid="activity-preview"
        >
          <h4 id="activity-preview" className="font-semibold">
            {t("memberFile.activities.preview")}
          </h4>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-600">{t("memberFile.activities.fraction")}</dt>
            <dd>
              {fraction === null
                ? t("memberFile.activities.enterHours")
                : t("memberFile.activities.fractionValue", { fraction: format.number(fraction) })}
              {fraction !== null && !isValidFraction(fraction) ? (
                <span className="block font-medium text-red-800">
                  {t("memberFile.activities.fractionInvalid")}
                </span>
              ) : null}
            </dd>
            <dt className="text-slate-600">{t("memberFile.activities.benefit")}</dt>
            <dd>
              {effect
                ? effect.reductionPercent === 0
                  ? t("memberFile.activities.benefitFull")
                  : t("memberFile.activities.benefitReduced", {
                      benefit: effect.benefitPercent,
                      reduction: effect.reductionPercent,
                    })
                : "—"}
            </dd>
            <dt className="text-slate-600">{t("memberFile.activities.lateness")}</dt>
            <dd>
              {lateness ? (
                lateness.lateness === "ON_TIME" ? (
                  t("memberFile.activities.onTime", { date: day(lateness.onTimeUntil) })
                ) : (
                  <span className="font-medium text-amber-900" data-testid="lateness-warning">
                    {t(`enums.lateness.${lateness.lateness}`)}
                    {lateness.affected
                      ? ` (${t("memberFile.activities.affected", {
                          from: day(lateness.affected.from),
                          until: day(lateness.affected.until),
                        })})`
                      : ""}
                  </span>
                )
              ) : (
                t("memberFile.activities.enterDates")
              )}
            </dd>
            <dt className="text-slate-600">{t("memberFile.activities.decisionDue")}</dt>
            <dd>
              {isISODate(start)
                ? selfEmployed
                  ? t("memberFile.activities.decisionBeforeStart", { date: day(start) })
                  : t("memberFile.activities.decisionBy", { date: day(decisionDueDate(start)) })
                : "—"}
            </dd>
          </dl>
        </section>
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.activities.file")}
        </Button>
      </fieldset>
    </form>
  );
}

export function WithdrawActivityForm({
  activity,
  onDone,
}: {
  activity: { id: string; version: number };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const values = { activityId: activity.id, version: activity.version };
  const form = useForm({ resolver: zodResolver(ZWithdrawActivitySchema), defaultValues: values });
  useServerValues(form, values, activity.version);
  const { onSubmit, failure } = useActionForm(form, withdrawActivityAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <p className="text-sm">{t("memberFile.activities.withdrawExplanation")}</p>
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting} autoFocus>
        {t("memberFile.activities.withdraw")}
      </Button>
    </form>
  );
}

export function EndActivityForm({
  activity,
  onDone,
}: {
  activity: { id: string; version: number };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const values = {
    activityId: activity.id,
    version: activity.version,
    endDate: todayInBrussels(),
    endReason: "FULL_RETURN" as ActivityEndReason,
  };
  const form = useForm({ resolver: zodResolver(ZEndActivitySchema), defaultValues: values });
  useServerValues(form, values, activity.version);
  const { onSubmit, failure } = useActionForm(form, endActivityAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="endDate"
          type="date"
          label={t("memberFile.activities.endDate")}
          required
          autoFocus
        />
        <SelectField
          form={form}
          name="endReason"
          label={t("memberFile.activities.endReason")}
          required
          options={Object.values(ActivityEndReason).map((value) => ({
            value,
            label: t(`enums.activityEndReason.${value}`),
          }))}
        />
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.activities.end")}
        </Button>
      </fieldset>
    </form>
  );
}
