"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { TextAreaField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { decideActivityAction } from "@/lib/activities/actions";
import {
  authorisedHoursAfter,
  benefitEffect,
  DECISION_RULES,
  decisionKindsFor,
  latestReviewDate,
  latestValidUntilFor,
  needsPriorDecision,
  workFraction,
  type DecisionField,
  type DecisionKind,
} from "@/lib/activities/rules";
import { ZDecideActivitySchema, type TDecideActivity } from "@/lib/activities/schemas";
import { todayInBrussels } from "@/lib/dates";
import { useFormat } from "@/lib/i18n/use-format";

export interface DecisionActivity {
  id: string;
  version: number;
  status: string;
  startDate: string;
  requestedWeeklyHours: number;
  authorisedWeeklyHours: number | null;
  referenceWeeklyHours: number;
  conditions: string | null;
  validUntil: string | null;
  statute: string;
}

/** Whether the physician types the hours for `kind` (DECISION_RULES); "authorise" grants the requested ones. */
const typesHours = (kind: DecisionKind) =>
  DECISION_RULES[kind].hours === "fewerThanRequested" || DECISION_RULES[kind].hours === "upToRequested";

/**
 * The defaults each kind starts from: the hours in force (a renewal starts from the current grant), the longest
 * validity and the latest review the rules allow (V18); a follow-up starts from the current conditions.
 */
function defaultsFor(kind: DecisionKind, activity: DecisionActivity, decisionDate: string) {
  const rule = DECISION_RULES[kind];
  return {
    authorisedWeeklyHours:
      rule.hours === "upToRequested"
        ? (activity.authorisedWeeklyHours ?? activity.requestedWeeklyHours)
        : undefined,
    validUntil: latestValidUntilFor(kind, activity.startDate, decisionDate) ?? "",
    nextReviewDate: rule.fields.nextReviewDate === "empty" ? "" : latestReviewDate(decisionDate),
    conditions: rule.answers === "AUTHORISED" ? (activity.conditions ?? "") : "",
  };
}

/**
 * The physician's decision: authorise (conditions, valid-until ≤ 2 years, review ≤ 6 months), authorise fewer
 * hours, or refuse with a reason written for the member — or, once authorised, renew or review. The rules
 * (lib/activities/rules.ts checkDecision) run again on the server; their answers land on the fields.
 */
export function DecisionForm({ activity }: { activity: DecisionActivity }) {
  const t = useTranslations("decision");
  const tc = useTranslations();
  const format = useFormat();
  const router = useRouter();
  const [done, setDone] = useState<DecisionKind | null>(null);
  const kinds = decisionKindsFor(activity.status);
  const today = todayInBrussels();
  const firstKind = kinds[0] ?? "AUTHORISED";
  const form = useForm({
    resolver: zodResolver(ZDecideActivitySchema),
    defaultValues: {
      activityId: activity.id,
      version: activity.version,
      kind: firstKind,
      decisionDate: today,
      refusalReason: "",
      ...defaultsFor(firstKind, activity, today),
    },
  });
  const [kind, decisionDate, hours] = useWatch({
    control: form.control,
    name: ["kind", "decisionDate", "authorisedWeeklyHours"],
  });

  // After "Reload" on a stale decision the page hands over the latest version; what was typed stays.
  useEffect(() => {
    form.setValue("version", activity.version);
  }, [activity.version, form]);

  // Switching the kind resets the fields that depend on it, but keeps what the user typed into the others.
  const previousKind = useRef(kind);
  useEffect(() => {
    if (previousKind.current === kind) return;
    previousKind.current = kind;
    const defaults = defaultsFor(kind, activity, form.getValues("decisionDate") || today);
    for (const [field, value] of Object.entries(defaults) as [keyof typeof defaults, never][]) {
      if (!form.getFieldState(field).isDirty) form.setValue(field, value);
    }
    form.clearErrors();
  }, [kind, activity, form, today]);

  const { onSubmit, failure } = useActionForm(
    form,
    (values: TDecideActivity) => {
      // The server refuses any field the kind does not take, so what another kind left behind goes out blank.
      const takes = (field: DecisionField) => DECISION_RULES[values.kind].fields[field] !== "empty";
      return decideActivityAction({
        ...values,
        authorisedWeeklyHours: takes("authorisedWeeklyHours")
          ? (authorisedHoursAfter(values.kind, activity, values.authorisedWeeklyHours) ?? undefined)
          : undefined,
        conditions: takes("conditions") ? values.conditions : "",
        validUntil: takes("validUntil") ? values.validUntil : "",
        nextReviewDate: takes("nextReviewDate") ? values.nextReviewDate : "",
        refusalReason: takes("refusalReason") ? values.refusalReason : "",
      });
    },
    (_data, values) => {
      setDone(values.kind);
      router.refresh();
    },
  );

  if (done) {
    return (
      <Alert tone="success" title={t("recorded")}>
        {t(`recordedKind.${done}`)}
      </Alert>
    );
  }
  if (!kinds.length) return null;

  const rule = DECISION_RULES[kind];
  const takes = (field: DecisionField) => rule.fields[field] !== "empty";
  const isRefusal = rule.leadsTo === "REFUSED";
  const effectiveHours = authorisedHoursAfter(kind, activity, hours);
  const fraction =
    effectiveHours !== null ? workFraction(effectiveHours, activity.referenceWeeklyHours) : null;
  const effect = fraction !== null ? benefitEffect(fraction) : null;
  const validLimit = latestValidUntilFor(kind, activity.startDate, decisionDate || today);
  const reviewLimit = latestReviewDate(decisionDate || today);
  const date = (iso: string) => format.date(iso);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="decision-form-title">
      <h3 id="decision-form-title" className="text-base font-semibold">
        {activity.status === "PENDING" ? t("formTitle") : t("followUpTitle")}
      </h3>
      <FormFailure failure={failure} />
      {needsPriorDecision(activity.statute) && activity.status === "PENDING" ? (
        <Alert tone="warning">{t("selfEmployedWarning", { start: date(activity.startDate) })}</Alert>
      ) : null}
      <p className="text-xs text-slate-600">{tc("forms.requiredHint")}</p>
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("kind")}</legend>
          <div className="flex flex-wrap gap-2">
            {kinds.map((value) => (
              <label
                key={value}
                className={cn(
                  "flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm",
                  kind === value ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white",
                )}
              >
                <input type="radio" value={value} {...form.register("kind")} />
                {t(`kinds.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          form={form}
          name="decisionDate"
          type="date"
          label={t("decisionDate")}
          required
          max={today}
        />
        {typesHours(kind) ? (
          <TextField
            form={form}
            name="authorisedWeeklyHours"
            type="number"
            step="0.01"
            inputMode="decimal"
            label={t("hours")}
            hint={t("hoursHint", {
              requested: format.number(activity.requestedWeeklyHours, "decimal2"),
              reference: format.number(activity.referenceWeeklyHours, "decimal2"),
            })}
            required
          />
        ) : null}
        {fraction !== null && effect ? (
          <p className="rounded-md bg-slate-50 p-3 text-sm" data-testid="decision-effect" aria-live="polite">
            {t("effect", {
              hours: format.number(effectiveHours ?? 0, "decimal2"),
              fraction: format.number(fraction, "decimal2"),
            })}{" "}
            {activity.statute === "EMPLOYEE"
              ? effect.reductionPercent === 0
                ? t("benefitFull")
                : t("benefitReduced", {
                    reduction: effect.reductionPercent,
                    remaining: effect.benefitPercent,
                  })
              : t("benefitOtherStatute")}
          </p>
        ) : null}
        {takes("refusalReason") ? (
          <TextAreaField
            form={form}
            name="refusalReason"
            label={t("refusalReason")}
            hint={t("refusalReasonHint")}
            required
            rows={4}
          />
        ) : null}
        {takes("conditions") ? (
          <TextAreaField
            form={form}
            name="conditions"
            label={t("conditions")}
            hint={t("conditionsHint")}
            rows={3}
          />
        ) : null}
        {takes("validUntil") && validLimit ? (
          <TextField
            form={form}
            name="validUntil"
            type="date"
            label={t("validUntil")}
            hint={t("validUntilHint", { date: date(validLimit) })}
            required
            max={validLimit}
          />
        ) : null}
        {takes("nextReviewDate") ? (
          <TextField
            form={form}
            name="nextReviewDate"
            type="date"
            label={t("nextReview")}
            hint={t("nextReviewHint", { date: date(reviewLimit) })}
            required
            max={reviewLimit}
          />
        ) : null}
        <Button type="submit" variant={isRefusal ? "danger" : "primary"}>
          {form.formState.isSubmitting ? tc("common.saving") : t(`submit.${kind}`)}
        </Button>
      </fieldset>
    </form>
  );
}
