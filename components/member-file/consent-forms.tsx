"use client";
// Consents per third party and purpose (V11): record, withdraw, and record one on the spot when a referral,
// an adjustment or a contact needs it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { SelectField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { recordConsentAction, withdrawConsentAction } from "@/lib/consents/actions";
import type { ThirdParty } from "@/lib/consents/rules";
import { ZRecordConsentSchema, ZWithdrawConsentSchema } from "@/lib/consents/schemas";
import {
  ConsentPurpose as ConsentPurposes,
  ThirdParty as ThirdParties,
  type ConsentPurpose,
} from "@/lib/generated/prisma/enums";
import { todayInBrussels } from "@/lib/dates";

export function RecordConsentForm({
  trajectoryId,
  defaults,
  idPrefix = "consent",
  onDone,
}: {
  trajectoryId: string;
  defaults?: { party?: ThirdParty; partyName?: string; purposeCode?: ConsentPurpose };
  idPrefix?: string;
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZRecordConsentSchema),
    defaultValues: {
      trajectoryId,
      party: defaults?.party ?? ("EMPLOYER" as ThirdParty),
      partyName: defaults?.partyName ?? "",
      purposeCode: defaults?.purposeCode ?? ("" as ConsentPurpose),
      purpose: "",
      givenDate: todayInBrussels(),
    },
  });
  const { onSubmit, failure } = useActionForm(form, recordConsentAction, () => done());
  const isOtherPurpose = useWatch({ control: form.control, name: "purposeCode" }) === "OTHER";
  return (
    <form
      onSubmit={(event) => {
        // A dialog's events bubble to React ancestors: never let this submit reach an enclosing form.
        event.stopPropagation();
        return onSubmit(event);
      }}
      noValidate
      className="space-y-3"
    >
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            form={form}
            name="party"
            idPrefix={idPrefix}
            label={t("memberFile.consents.party")}
            required
            options={Object.values(ThirdParties).map((value) => ({
              value,
              label: t(`enums.thirdParty.${value}`),
            }))}
          />
          <TextField
            form={form}
            name="partyName"
            idPrefix={idPrefix}
            label={t("memberFile.consents.partyName")}
            hint={t("memberFile.consents.partyNameHint")}
          />
        </div>
        <SelectField
          form={form}
          name="purposeCode"
          idPrefix={idPrefix}
          label={t("memberFile.consents.purpose")}
          required
          placeholder={t("memberFile.choose")}
          options={Object.values(ConsentPurposes).map((value) => ({
            value,
            label: t(`enums.consentPurpose.${value}`),
          }))}
        />
        {isOtherPurpose ? (
          <TextField
            form={form}
            name="purpose"
            idPrefix={idPrefix}
            label={t("memberFile.consents.purposeOther")}
            hint={t("memberFile.consents.purposeHint")}
            required
            autoFocus
          />
        ) : null}
        <TextField
          form={form}
          name="givenDate"
          idPrefix={idPrefix}
          type="date"
          label={t("memberFile.consents.givenDate")}
          required
        />
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.consents.record")}
        </Button>
      </fieldset>
    </form>
  );
}

/** "Record the consent now" next to a form that needs one; the other form keeps what was typed. */
export function ConsentShortcut({
  trajectoryId,
  party,
  partyName,
  purposeCode,
  onRecorded,
}: {
  trajectoryId: string;
  party: ThirdParty;
  partyName?: string;
  purposeCode: ConsentPurpose;
  onRecorded?: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const partyLabel = t(`enums.thirdParty.${party}`);
  return (
    <Dialog
      open={isOpen}
      onOpenChange={setOpen}
      title={t("memberFile.consents.recordFor", { party: partyLabel })}
      description={t("memberFile.consents.recordForDescription")}
      closeLabel={t("common.close")}
      trigger={
        <Button size="sm" variant="secondary">
          {t("memberFile.consents.recordFor", { party: partyLabel })}
        </Button>
      }
    >
      <RecordConsentForm
        trajectoryId={trajectoryId}
        idPrefix="consent-shortcut"
        defaults={{ party, partyName, purposeCode }}
        onDone={() => {
          setOpen(false);
          onRecorded?.();
          router.refresh();
        }}
      />
    </Dialog>
  );
}

export function WithdrawConsentForm({
  consent,
  onDone,
}: {
  consent: { id: string; version: number };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const values = { consentId: consent.id, version: consent.version, withdrawnDate: todayInBrussels() };
  const form = useForm({ resolver: zodResolver(ZWithdrawConsentSchema), defaultValues: values });
  useServerValues(form, values, consent.version);
  const { onSubmit, failure } = useActionForm(form, withdrawConsentAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="withdrawnDate"
          type="date"
          label={t("memberFile.consents.withdrawnDate")}
          required
          autoFocus
        />
        <Button type="submit" variant="danger">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.consents.withdraw")}
        </Button>
      </fieldset>
    </form>
  );
}
