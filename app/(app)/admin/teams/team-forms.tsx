"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { SelectField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { createTeamAction, updateTeamAction } from "@/lib/teams/actions";
import { REGIONS, ZCreateTeamSchema, ZUpdateTeamSchema } from "@/lib/teams/schemas";

function useRegionOptions() {
  const t = useTranslations("enums.region");
  return REGIONS.map((region) => ({ value: region, label: t(region) }));
}

export function CreateTeamForm() {
  const t = useTranslations();
  const router = useRouter();
  const regions = useRegionOptions();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(ZCreateTeamSchema),
    defaultValues: { name: "", region: "FLANDERS" as const },
  });
  const { onSubmit, failure } = useActionForm(form, createTeamAction, (_data, values) => {
    setCreated(values.name);
    form.reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {created ? <Alert tone="success">{t("admin.teams.created", { name: created })}</Alert> : null}
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
        <TextField form={form} name="name" idPrefix="new-team" label={t("admin.teams.name")} required />
        <SelectField
          form={form}
          name="region"
          idPrefix="new-team"
          label={t("admin.teams.region")}
          options={regions}
          required
        />
        <Button type="submit">{t("common.create")}</Button>
      </fieldset>
    </form>
  );
}

export function EditTeamDialog({
  team,
}: {
  team: { id: string; version: number; name: string; region: (typeof REGIONS)[number] };
}) {
  const t = useTranslations();
  const router = useRouter();
  const regions = useRegionOptions();
  const [open, setOpen] = useState(false);
  const form = useForm({
    resolver: zodResolver(ZUpdateTeamSchema),
    defaultValues: { id: team.id, version: team.version, name: team.name, region: team.region },
  });
  const { onSubmit, failure } = useActionForm(form, updateTeamAction, () => {
    setOpen(false);
    router.refresh();
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("admin.teams.editTitle", { name: team.name })}
      closeLabel={t("common.close")}
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("admin.teams.editTitle", { name: team.name })}>
          {t("common.edit")}
        </Button>
      }
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormFailure failure={failure} />
        <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
          <TextField
            form={form}
            name="name"
            idPrefix={`team-${team.id}`}
            label={t("admin.teams.name")}
            required
          />
          <SelectField
            form={form}
            name="region"
            idPrefix={`team-${team.id}`}
            label={t("admin.teams.region")}
            options={regions}
            required
          />
          <Button type="submit">{t("common.save")}</Button>
        </fieldset>
      </form>
    </Dialog>
  );
}
