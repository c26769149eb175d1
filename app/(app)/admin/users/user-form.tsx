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
import { ROLES } from "@/lib/auth/permissions";
import { LOCALES } from "@/lib/i18n/config";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import { ZCreateUserSchema, ZUpdateUserSchema } from "@/lib/users/schemas";

type TeamOption = { id: string; name: string };

function useOptions(teams: TeamOption[]) {
  const t = useTranslations();
  return {
    roles: ROLES.map((role) => ({ value: role, label: t(`enums.role.${role}`) })),
    locales: LOCALES.map((locale) => ({ value: locale, label: t(`enums.locale.${locale}`) })),
    teams: [
      { value: "", label: t("admin.users.noTeam") },
      ...teams.map((team) => ({ value: team.id, label: team.name })),
    ],
  };
}

export function CreateUserForm({ teams }: { teams: TeamOption[] }) {
  const t = useTranslations();
  const options = useOptions(teams);
  const [created, setCreated] = useState<{ email: string; password: string | null } | null>(null);
  const form = useForm({
    resolver: zodResolver(ZCreateUserSchema),
    defaultValues: {
      email: "",
      name: "",
      role: "COORDINATOR" as const,
      teamId: teams[0]?.id ?? "",
      locale: "nl" as const,
      password: "",
    },
  });
  const { onSubmit, failure } = useActionForm(form, createUserAction, (data) => {
    setCreated({ email: data.email, password: data.password });
    form.reset();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {created ? (
        <Alert tone="success" title={t("admin.users.created", { email: created.email })}>
          {created.password ? (
            <p>
              {t("admin.users.passwordOnce")}{" "}
              <code data-testid="generated-password" className="font-mono">
                {created.password}
              </code>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <FormFailure failure={failure} />
      <p className="text-xs text-slate-600">{t("forms.requiredHint")}</p>
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
        <TextField form={form} name="name" label={t("admin.users.name")} required autoComplete="off" />
        <TextField
          form={form}
          name="email"
          type="email"
          label={t("admin.users.email")}
          required
          autoComplete="off"
        />
        <SelectField form={form} name="role" label={t("admin.users.role")} options={options.roles} required />
        <SelectField form={form} name="teamId" label={t("admin.users.team")} options={options.teams} />
        <SelectField
          form={form}
          name="locale"
          label={t("admin.users.locale")}
          options={options.locales}
          required
        />
        <TextField
          form={form}
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("admin.users.password")}
          hint={t("admin.users.passwordHint")}
        />
        <Button type="submit">{form.formState.isSubmitting ? t("common.saving") : t("common.create")}</Button>
      </fieldset>
    </form>
  );
}

export function EditUserForm({
  teams,
  user,
}: {
  teams: TeamOption[];
  user: {
    id: string;
    version: number;
    name: string;
    role: (typeof ROLES)[number];
    teamId: string | null;
    locale: (typeof LOCALES)[number];
  };
}) {
  const t = useTranslations();
  const router = useRouter();
  const options = useOptions(teams);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    resolver: zodResolver(ZUpdateUserSchema),
    defaultValues: {
      id: user.id,
      version: user.version,
      name: user.name,
      role: user.role,
      teamId: user.teamId ?? "",
      locale: user.locale,
    },
  });
  const { onSubmit, failure } = useActionForm(form, updateUserAction, () => {
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" onChange={() => setSaved(false)}>
      {saved ? <Alert tone="success">{t("admin.users.saved")}</Alert> : null}
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
        <TextField form={form} name="name" label={t("admin.users.name")} required />
        <SelectField form={form} name="role" label={t("admin.users.role")} options={options.roles} required />
        <SelectField form={form} name="teamId" label={t("admin.users.team")} options={options.teams} />
        <SelectField
          form={form}
          name="locale"
          label={t("admin.users.locale")}
          options={options.locales}
          required
        />
        <Button type="submit">{form.formState.isSubmitting ? t("common.saving") : t("common.save")}</Button>
      </fieldset>
    </form>
  );
}
