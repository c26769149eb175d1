"use client";
// Incapacity periods from the coordinator's side: register one (with the relapse proposal, V4), end it, and
// follow the week-10 questionnaire (sent, returned, help offered — V7).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";

import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { isISODate, todayInBrussels } from "@/lib/dates";
import { IncapacityEndReason } from "@/lib/generated/prisma/enums";
import { useFormat } from "@/lib/i18n/use-format";
import {
  endPeriodAction,
  proposeRelapseAction,
  recordQuestionnaireSentAction,
  registerPeriodAction,
  updateQuestionnaireAction,
} from "@/lib/incapacity/actions";
import type { RelapseProposal } from "@/lib/incapacity/queries";
import {
  ZEndPeriodSchema,
  ZQuestionnaireSentSchema,
  ZQuestionnaireUpdateSchema,
  ZRegisterPeriodSchema,
} from "@/lib/incapacity/schemas";

function useEndReasons() {
  const t = useTranslations();
  return Object.values(IncapacityEndReason).map((value) => ({
    value,
    label: t(`enums.incapacityEndReason.${value}`),
  }));
}

export function RegisterPeriodForm({ memberId, onDone }: { memberId: string; onDone?: () => void }) {
  const t = useTranslations();
  const done = useDone(onDone);
  const format = useFormat();
  const endReasons = useEndReasons();
  const [proposal, setProposal] = useState<RelapseProposal | null>(null);
  const asked = useRef<string | null>(null);
  const form = useForm({
    resolver: zodResolver(ZRegisterPeriodSchema),
    defaultValues: {
      memberId,
      startDate: "",
      declarationDate: "",
      endDate: "",
      endReason: "" as IncapacityEndReason | "",
      continuePrevious: false,
    },
  });
  const { onSubmit, failure } = useActionForm(form, registerPeriodAction, () => done());

  // V4: as soon as a start date is typed, ask whether it continues the previous period.
  const checkRelapse = async (startDate: string) => {
    if (!isISODate(startDate) || asked.current === startDate) return;
    asked.current = startDate;
    const result = await proposeRelapseAction({ memberId, startDate });
    if (asked.current !== startDate) return;
    const next = result.ok ? result.data : null;
    setProposal(next);
    form.setValue("continuePrevious", Boolean(next?.verdict.isContinuation));
  };
  const day = (iso: string) => format.date(iso);
  const verdict = proposal?.verdict;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            form={form}
            name="startDate"
            type="date"
            label={t("memberFile.periods.startDate")}
            required
            autoFocus
            max={todayInBrussels()}
            onValueChange={checkRelapse}
          />
          <TextField
            form={form}
            name="declarationDate"
            type="date"
            label={t("memberFile.periods.declarationDate")}
          />
        </div>
        {proposal && verdict ? (
          verdict.isContinuation ? (
            <Alert tone="info" title={t("memberFile.periods.relapseTitle")}>
              <p>
                {t(
                  verdict.previousPhase === "PRIMARY"
                    ? "memberFile.periods.relapseWithin14Days"
                    : "memberFile.periods.relapseWithin3Months",
                  {
                    end: proposal.previous.endDate ? day(proposal.previous.endDate) : "",
                    start: day(proposal.previous.startDate),
                  },
                )}
              </p>
              <div className="mt-2">
                <CheckboxField
                  form={form}
                  name="continuePrevious"
                  label={t("memberFile.periods.continuePrevious")}
                />
              </div>
            </Alert>
          ) : verdict.reason === "outsideWindow" || verdict.reason === "notFullReturn" ? (
            <Alert tone="info">
              {t(
                verdict.reason === "outsideWindow"
                  ? "memberFile.periods.newIncapacityOutsideWindow"
                  : "memberFile.periods.newIncapacityNotFullReturn",
                { end: proposal.previous.endDate ? day(proposal.previous.endDate) : "" },
              )}
            </Alert>
          ) : null
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            form={form}
            name="endDate"
            type="date"
            label={t("memberFile.periods.endDate")}
            hint={t("memberFile.periods.endDateHint")}
          />
          <SelectField
            form={form}
            name="endReason"
            label={t("memberFile.periods.endReason")}
            options={endReasons}
            placeholder={t("common.none")}
          />
        </div>
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.periods.register")}
        </Button>
      </fieldset>
    </form>
  );
}

export function EndPeriodForm({
  period,
  onDone,
}: {
  period: { id: string; version: number; startDate: string };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const endReasons = useEndReasons();
  const values = {
    periodId: period.id,
    version: period.version,
    startDate: period.startDate,
    endDate: todayInBrussels(),
    endReason: "FULL_RETURN" as IncapacityEndReason,
  };
  const form = useForm({ resolver: zodResolver(ZEndPeriodSchema), defaultValues: values });
  useServerValues(form, values, period.version);
  const { onSubmit, failure } = useActionForm(form, endPeriodAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="endDate"
          type="date"
          label={t("memberFile.periods.lastDay")}
          hint={t("memberFile.periods.lastDayHint")}
          required
          autoFocus
        />
        <SelectField
          form={form}
          name="endReason"
          label={t("memberFile.periods.endReason")}
          options={endReasons}
          required
        />
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.periods.end")}
        </Button>
      </fieldset>
    </form>
  );
}

export function QuestionnaireSentForm({ periodId }: { periodId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(ZQuestionnaireSentSchema),
    defaultValues: { periodId, sentDate: todayInBrussels() },
  });
  const { onSubmit, failure } = useActionForm(form, recordQuestionnaireSentAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="flex flex-wrap items-end gap-3">
        <TextField
          form={form}
          name="sentDate"
          idPrefix={`q-${periodId}`}
          type="date"
          label={t("memberFile.periods.questionnaireSentOn")}
          required
        />
        <Button type="submit" variant="secondary" size="sm">
          {t("memberFile.periods.recordSent")}
        </Button>
      </fieldset>
    </form>
  );
}

export function QuestionnaireUpdateForm({
  questionnaire,
  onDone,
}: {
  questionnaire: { id: string; version: number; returnedDate: string | null; helpOfferedDate: string | null };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const values = {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    returnedDate: questionnaire.returnedDate ?? "",
    helpOfferedDate: questionnaire.helpOfferedDate ?? "",
  };
  const form = useForm({ resolver: zodResolver(ZQuestionnaireUpdateSchema), defaultValues: values });
  useServerValues(form, values, questionnaire.version);
  const { onSubmit, failure } = useActionForm(form, updateQuestionnaireAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="returnedDate"
          type="date"
          label={t("memberFile.periods.returnedDate")}
          autoFocus
        />
        <TextField
          form={form}
          name="helpOfferedDate"
          type="date"
          label={t("memberFile.periods.helpOfferedDate")}
        />
        <Button type="submit">{form.formState.isSubmitting ? t("common.saving") : t("common.save")}</Button>
      </fieldset>
    </form>
  );
}
