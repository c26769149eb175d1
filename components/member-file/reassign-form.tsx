"use client";
// Hands a member to another coordinator of the team (a coordinator or the team's manager): audited, and shown
// in the member's timeline. Used in the member file and, for managers, on the team page.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { SelectField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Button } from "@/components/ui/button";
import { reassignMemberAction } from "@/lib/members/actions";
import { ZReassignMemberSchema } from "@/lib/members/schemas";

export function ReassignForm({
  member,
  coordinators,
  idPrefix = "reassign",
  layout = "stacked",
  onDone,
}: {
  member: { id: string; version: number; name: string; coordinatorId: string | null };
  coordinators: { id: string; name: string }[];
  idPrefix?: string;
  layout?: "stacked" | "inline";
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const others = coordinators.filter((c) => c.id !== member.coordinatorId);
  const values = { memberId: member.id, version: member.version, coordinatorId: "" };
  const form = useForm({ resolver: zodResolver(ZReassignMemberSchema), defaultValues: values });
  useServerValues(form, values, member.version);
  const { onSubmit, failure } = useActionForm(form, reassignMemberAction, () => {
    form.reset(values);
    done();
  });
  if (!others.length) return <p className="text-sm text-slate-600">{t("reassign.noOtherCoordinator")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormFailure failure={failure} />
      <fieldset
        disabled={form.formState.isSubmitting}
        className={layout === "inline" ? "flex flex-wrap items-end gap-2" : "space-y-3"}
      >
        <SelectField
          form={form}
          name="coordinatorId"
          idPrefix={idPrefix}
          label={layout === "inline" ? t("reassign.toFor", { name: member.name }) : t("reassign.to")}
          placeholder={t("reassign.choose")}
          required
          options={others.map((c) => ({ value: c.id, label: c.name }))}
        />
        <Button
          type="submit"
          size={layout === "inline" ? "sm" : "md"}
          variant={layout === "inline" ? "secondary" : "primary"}
        >
          {form.formState.isSubmitting ? t("common.saving") : t("reassign.submit")}
        </Button>
      </fieldset>
    </form>
  );
}
