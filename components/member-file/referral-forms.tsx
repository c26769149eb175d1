"use client";
// Referrals to partners (with the expected-response date that raises a follow-up when the referral stays
// silent) and their answers. No referral to a third party without the member's valid consent (V11).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";

import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { ConsentShortcut } from "@/components/member-file/consent-forms";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { hasValidConsent, REFERRAL_TARGET_CONSENT, type ConsentRecord } from "@/lib/consents/rules";
import { isISODate, todayInBrussels } from "@/lib/dates";
import { ReferralStatus, ReferralTarget } from "@/lib/generated/prisma/enums";
import { createReferralAction, updateReferralAction } from "@/lib/referrals/actions";
import { ZCreateReferralSchema, ZUpdateReferralSchema } from "@/lib/referrals/schemas";

export function CreateReferralForm({
  trajectoryId,
  consents,
  responseDays,
  onDone,
}: {
  trajectoryId: string;
  consents: ConsentRecord[];
  responseDays: number;
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZCreateReferralSchema),
    defaultValues: {
      trajectoryId,
      target: "OCCUPATIONAL_PHYSICIAN" as ReferralTarget,
      organisation: "",
      sentDate: todayInBrussels(),
      expectedResponseDate: "",
    },
  });
  const { onSubmit, failure } = useActionForm(form, createReferralAction, () => done());
  const [target, sentDate, organisation] = useWatch({
    control: form.control,
    name: ["target", "sentDate", "organisation"],
  });
  const party = REFERRAL_TARGET_CONSENT[target] ?? null;
  const date = isISODate(sentDate) ? sentDate : todayInBrussels();
  const needsConsent = party !== null && !hasValidConsent(consents, party, date);
  const targetLabel = t(`enums.referralTarget.${target}`);
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormFailure failure={failure} />
        <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              form={form}
              name="target"
              idPrefix="referral"
              label={t("memberFile.referrals.target")}
              required
              options={Object.values(ReferralTarget).map((value) => ({
                value,
                label: t(`enums.referralTarget.${value}`),
              }))}
            />
            <TextField
              form={form}
              name="organisation"
              idPrefix="referral"
              label={t("memberFile.referrals.organisation")}
            />
            <TextField
              form={form}
              name="sentDate"
              idPrefix="referral"
              type="date"
              label={t("memberFile.referrals.sentDate")}
              required
            />
            <TextField
              form={form}
              name="expectedResponseDate"
              idPrefix="referral"
              type="date"
              label={t("memberFile.referrals.expectedResponseDate")}
              hint={t("memberFile.referrals.expectedResponseHint", { days: responseDays })}
            />
          </div>
          <Button type="submit">
            {form.formState.isSubmitting ? t("common.saving") : t("memberFile.referrals.send")}
          </Button>
        </fieldset>
      </form>
      {needsConsent && party ? (
        <Alert tone="warning" title={t("memberFile.consents.missingTitle")}>
          <p>{t("memberFile.consents.missingForReferral", { party: t(`enums.thirdParty.${party}`) })}</p>
          <div className="mt-2">
            <ConsentShortcut
              trajectoryId={trajectoryId}
              party={party}
              partyName={organisation || (party === "EMPLOYMENT_SERVICE" ? targetLabel : "")}
              purposeCode="REFERRAL"
              onRecorded={() => form.clearErrors("target")}
            />
          </div>
        </Alert>
      ) : null}
    </div>
  );
}

export function AnswerReferralForm({
  referral,
  onDone,
}: {
  referral: {
    id: string;
    version: number;
    status: ReferralStatus;
    responseDate: string | null;
    outcomeNote: string | null;
  };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const values = {
    referralId: referral.id,
    version: referral.version,
    status: (referral.status === "SENT" ? "ACCEPTED" : referral.status) as ReferralStatus,
    responseDate: referral.responseDate ?? todayInBrussels(),
    outcomeNote: referral.outcomeNote ?? "",
  };
  const form = useForm({ resolver: zodResolver(ZUpdateReferralSchema), defaultValues: values });
  useServerValues(form, values, referral.version);
  const { onSubmit, failure } = useActionForm(form, updateReferralAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <SelectField
          form={form}
          name="status"
          label={t("memberFile.referrals.status")}
          required
          options={Object.values(ReferralStatus).map((value) => ({
            value,
            label: t(`enums.referralStatus.${value}`),
          }))}
        />
        <TextField
          form={form}
          name="responseDate"
          type="date"
          label={t("memberFile.referrals.responseDate")}
        />
        <TextAreaField
          form={form}
          name="outcomeNote"
          label={t("memberFile.referrals.outcomeNote")}
          rows={3}
        />
        <Button type="submit">{form.formState.isSubmitting ? t("common.saving") : t("common.save")}</Button>
      </fieldset>
    </form>
  );
}
