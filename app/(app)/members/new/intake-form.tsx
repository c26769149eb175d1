"use client";
// Intake in two steps: the member (INSZ checked as it is typed, an existing file offered instead of a duplicate,
// employer picked or created), then the first incapacity period. Nothing typed is lost on an error.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";

import { SelectField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { MemberFields } from "@/components/member-file/member-fields";
import { RegisterPeriodForm } from "@/components/member-file/period-forms";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MemberLanguage, Region, Sex, Statute } from "@/lib/generated/prisma/enums";
import { useFormat } from "@/lib/i18n/use-format";
import { checkDuplicateMembersAction, createMemberAction } from "@/lib/members/actions";
import type { DuplicateMatch } from "@/lib/members/queries";
import { ZCreateMemberSchema } from "@/lib/members/schemas";

function DuplicateList({ matches, showReason }: { matches: DuplicateMatch[]; showReason: boolean }) {
  const t = useTranslations("intake");
  const format = useFormat();
  return (
    <ul className="mt-2 space-y-2" data-testid="duplicates">
      {matches.map((match) => (
        <li key={match.id}>
          <Link href={`/members/${match.id}`} className="font-medium">
            {match.firstName !== null
              ? t("openExisting", { name: `${match.firstName} ${match.lastName}` })
              : t("openExistingElsewhere", { team: match.teamName })}
          </Link>
          <span className="block text-sm">
            {match.birthDate !== null
              ? t("duplicateDetails", {
                  date: format.date(match.birthDate),
                  team: match.teamName,
                })
              : t("otherTeamNotice")}
            {showReason ? ` · ${match.matchedOn.map((reason) => t(`matchedOn.${reason}`)).join(", ")}` : ""}
            {match.isInOwnScope || match.birthDate === null ? "" : ` · ${t("otherTeamNotice")}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function IntakeForm({ coordinators }: { coordinators: { id: string; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [early, setEarly] = useState<DuplicateMatch[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const checked = useRef("");
  const form = useForm({
    resolver: zodResolver(ZCreateMemberSchema),
    defaultValues: {
      insz: "",
      externalId: "",
      firstName: "",
      lastName: "",
      birthDate: "",
      sex: "F" as Sex,
      language: "nl" as MemberLanguage,
      region: "FLANDERS" as Region,
      postalCode: "",
      municipality: "",
      address: "",
      phone: "",
      email: "",
      statute: "EMPLOYEE" as Statute,
      workType: "" as const,
      workRegime: "" as const,
      referenceWeeklyHours: undefined,
      sector: "" as const,
      employerId: "",
      coordinatorId: "",
      confirmNotDuplicate: false,
    },
  });
  const { onSubmit, failure } = useActionForm(form, createMemberAction, (data, values) => {
    if ("duplicates" in data) {
      setDuplicates(data.duplicates);
      form.setValue("confirmNotDuplicate", false);
      return;
    }
    setDuplicates(null);
    setCreated({ id: data.created.id, name: `${values.firstName} ${values.lastName}` });
  });

  const checkInsz = async (insz: string) => {
    if (checked.current === insz) return;
    checked.current = insz;
    const result = await checkDuplicateMembersAction({
      insz,
      externalId: "",
      firstName: "",
      lastName: "",
      birthDate: "",
    });
    if (checked.current === insz) setEarly(result.ok ? result.data : []);
  };

  if (created) {
    return (
      <section aria-labelledby="intake-step-2" className="max-w-3xl space-y-4">
        <Alert tone="success" title={t("intake.created", { name: created.name })}>
          <Link href={`/members/${created.id}`}>{t("intake.openFileNow")}</Link>
        </Alert>
        <h2 id="intake-step-2">{t("intake.step2")}</h2>
        <p className="text-sm text-slate-600">{t("intake.step2Description")}</p>
        <RegisterPeriodForm memberId={created.id} onDone={() => router.push(`/members/${created.id}`)} />
      </section>
    );
  }

  const hard =
    duplicates?.filter((d) => d.matchedOn.includes("insz") || d.matchedOn.includes("externalId")) ?? [];
  const soft = duplicates?.filter((d) => !hard.includes(d)) ?? [];
  return (
    <section aria-labelledby="intake-step-1" className="max-w-3xl space-y-4">
      <h2 id="intake-step-1">{t("intake.step1")}</h2>
      {early.length && !duplicates ? (
        <Alert tone="warning" title={t("intake.existingTitle")}>
          <p>{t("intake.existingInsz")}</p>
          <DuplicateList matches={early} showReason={false} />
        </Alert>
      ) : null}
      {duplicates?.length ? (
        <Alert tone={hard.length ? "error" : "warning"} title={t("intake.existingTitle")}>
          <p>{hard.length ? t("intake.duplicateHard") : t("intake.duplicateSoft")}</p>
          <DuplicateList matches={duplicates} showReason />
          {!hard.length && soft.length ? (
            <Button
              className="mt-3"
              variant="secondary"
              onClick={() => {
                form.setValue("confirmNotDuplicate", true);
                formRef.current?.requestSubmit();
              }}
            >
              {t("intake.createAnyway")}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
        <FormFailure failure={failure} />
        <p className="text-xs text-slate-600">{t("forms.requiredHint")}</p>
        <fieldset disabled={form.formState.isSubmitting} className="space-y-6">
          <MemberFields form={form} employer={null} onInszComplete={checkInsz} />
          {coordinators.length ? (
            <SelectField
              form={form}
              name="coordinatorId"
              label={t("intake.coordinator")}
              placeholder={t("intake.coordinatorMe")}
              options={coordinators.map((c) => ({ value: c.id, label: c.name }))}
            />
          ) : null}
          <Button type="submit">
            {form.formState.isSubmitting ? t("common.saving") : t("intake.createMember")}
          </Button>
        </fieldset>
      </form>
    </section>
  );
}
