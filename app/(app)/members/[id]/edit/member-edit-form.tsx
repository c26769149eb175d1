"use client";
// The member's details. A stale edit is answered with "changed by someone else — reload"; reloading keeps what
// was typed and takes the other person's changes for every field that was not touched.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import type { PickedEmployer } from "@/components/member-file/employer-picker";
import { MemberFields } from "@/components/member-file/member-fields";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Button, buttonClass } from "@/components/ui/button";
import { updateMemberAction } from "@/lib/members/actions";
import { ZUpdateMemberSchema, type TUpdateMember } from "@/lib/members/schemas";

export function MemberEditForm({
  values,
  employer,
}: {
  values: TUpdateMember;
  employer: PickedEmployer | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(ZUpdateMemberSchema), defaultValues: values });
  useServerValues(form, values, values.version);
  const { onSubmit, failure } = useActionForm(form, updateMemberAction, () => {
    router.push(`/members/${values.id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      <FormFailure failure={failure} />
      <p className="text-xs text-slate-600">{t("forms.requiredHint")}</p>
      <fieldset disabled={form.formState.isSubmitting} className="space-y-6">
        <MemberFields form={form} employer={employer} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{form.formState.isSubmitting ? t("common.saving") : t("common.save")}</Button>
          <Link href={`/members/${values.id}`} className={buttonClass("ghost")}>
            {t("common.cancel")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
