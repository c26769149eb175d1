"use client";
// Own contacts can be edited for 24 hours; after that (or someone else's) a correction is appended and the
// original stays as it was.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Button } from "@/components/ui/button";
import { correctContactAction, editContactAction } from "@/lib/contacts/actions";
import { ZCorrectContactSchema, ZEditContactSchema } from "@/lib/contacts/schemas";
import { ContactChannel, ContactParty } from "@/lib/generated/prisma/enums";

export interface EditableContact {
  id: string;
  version: number;
  occurredAt: string;
  channel: ContactChannel;
  party: ContactParty;
  durationMinutes: number | null;
  summary: string;
  nextAction: string | null;
  followUpDate: string | null;
}

export function EditContactForm({ contact, onDone }: { contact: EditableContact; onDone?: () => void }) {
  const t = useTranslations();
  const done = useDone(onDone);
  const values = {
    contactId: contact.id,
    version: contact.version,
    occurredAt: contact.occurredAt,
    channel: contact.channel,
    party: contact.party,
    durationMinutes: contact.durationMinutes ?? undefined,
    summary: contact.summary,
    nextAction: contact.nextAction ?? "",
    followUpDate: contact.followUpDate ?? "",
  };
  const form = useForm({ resolver: zodResolver(ZEditContactSchema), defaultValues: values });
  useServerValues(form, values, contact.version);
  const { onSubmit, failure } = useActionForm(form, editContactAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextAreaField
          form={form}
          name="summary"
          idPrefix="edit-contact"
          label={t("contacts.summary")}
          required
          rows={4}
        />
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            form={form}
            name="channel"
            idPrefix="edit-contact"
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
            idPrefix="edit-contact"
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
            idPrefix="edit-contact"
            type="datetime-local"
            label={t("contacts.occurredAt")}
            required
          />
          <TextField form={form} name="nextAction" idPrefix="edit-contact" label={t("contacts.nextAction")} />
          <TextField
            form={form}
            name="followUpDate"
            idPrefix="edit-contact"
            type="date"
            label={t("contacts.followUpDate")}
          />
          <TextField
            form={form}
            name="durationMinutes"
            idPrefix="edit-contact"
            type="number"
            inputMode="numeric"
            label={t("contacts.durationMinutes")}
          />
        </div>
        <Button type="submit">{form.formState.isSubmitting ? t("common.saving") : t("common.save")}</Button>
      </fieldset>
    </form>
  );
}

export function CorrectContactForm({ contactId, onDone }: { contactId: string; onDone?: () => void }) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZCorrectContactSchema),
    defaultValues: { contactId, summary: "" },
  });
  const { onSubmit, failure } = useActionForm(form, correctContactAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <p className="text-sm text-slate-700">{t("contacts.correctionExplanation")}</p>
        <TextAreaField
          form={form}
          name="summary"
          idPrefix="correct-contact"
          label={t("contacts.correction")}
          required
          rows={4}
        />
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("contacts.addCorrection")}
        </Button>
      </fieldset>
    </form>
  );
}
