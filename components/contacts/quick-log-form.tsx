"use client";
// The contact quick-log (issue 4): keyboard only, in seconds. The focus lands in the summary; channel "phone",
// party "member" and "now" are filled in; Enter saves (Shift+Enter for a new line). A contact with a third
// party needs the member's consent (V11): the server refuses it with a message and a way to record it.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { SelectField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useValidationMessage } from "@/components/forms/use-validation-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { logContactAction } from "@/lib/contacts/actions";
import { ZLogContactSchema } from "@/lib/contacts/schemas";
import { ContactChannel, ContactParty } from "@/lib/generated/prisma/enums";
import { instantToBrusselsLocal } from "@/lib/dates";

export function QuickLogForm({
  memberId,
  idPrefix = "quick-log",
  onLogged,
}: {
  memberId: string;
  idPrefix?: string;
  onLogged: () => void;
}) {
  const t = useTranslations();
  const translate = useValidationMessage();
  const form = useForm({
    resolver: zodResolver(ZLogContactSchema),
    defaultValues: {
      memberId,
      occurredAt: instantToBrusselsLocal(new Date()),
      channel: "PHONE" as ContactChannel,
      party: "MEMBER" as ContactParty,
      summary: "",
      nextAction: "",
      followUpDate: "",
      durationMinutes: undefined as number | undefined,
    },
  });
  const { onSubmit, failure } = useActionForm(form, logContactAction, () => onLogged());
  const summaryError = translate(form.formState.errors.summary?.message);
  const partyError = form.formState.errors.party?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      {partyError === "consentRequired" ? (
        <p className="text-sm">
          <Link href={`/members/${memberId}#consents`}>{t("contacts.recordConsentInFile")}</Link>
        </p>
      ) : null}
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <Field
          id={`${idPrefix}-summary`}
          label={t("contacts.summary")}
          hint={t("contacts.summaryHint")}
          error={summaryError}
          required
        >
          <Textarea
            rows={3}
            autoFocus
            {...form.register("summary")}
            onKeyDown={(event) => {
              // Enter saves, Shift+Enter starts a new line (IME composition is left alone).
              if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </Field>
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            form={form}
            name="channel"
            idPrefix={idPrefix}
            label={t("contacts.channel")}
            required
            options={Object.values(ContactChannel).map((value) => ({
              value,
              label: t(`enums.contactChannel.${value}`),
            }))}
          />
          <SelectField
            form={form}
            name="party"
            idPrefix={idPrefix}
            label={t("contacts.party")}
            required
            options={Object.values(ContactParty).map((value) => ({
              value,
              label: t(`enums.contactParty.${value}`),
            }))}
          />
          <TextField
            form={form}
            name="occurredAt"
            idPrefix={idPrefix}
            type="datetime-local"
            label={t("contacts.occurredAt")}
            required
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField form={form} name="nextAction" idPrefix={idPrefix} label={t("contacts.nextAction")} />
          <TextField
            form={form}
            name="followUpDate"
            idPrefix={idPrefix}
            type="date"
            label={t("contacts.followUpDate")}
          />
          <TextField
            form={form}
            name="durationMinutes"
            idPrefix={idPrefix}
            type="number"
            inputMode="numeric"
            min="1"
            max="1440"
            label={t("contacts.durationMinutes")}
          />
        </div>
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("contacts.saveContact")}
        </Button>
      </fieldset>
    </form>
  );
}
