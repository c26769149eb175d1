"use client";
// The member's identity, address and work, shared by intake and "edit details". Typing an INSZ fills in the
// birth date it encodes; a Belgian postal code sets its region (both stay editable).
import { useTranslations } from "next-intl";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

import { SelectField, TextField } from "@/components/forms/fields";
import { EmployerPicker, type PickedEmployer } from "@/components/member-file/employer-picker";
import {
  MemberLanguage,
  NaceSection,
  Region,
  Sex,
  Statute,
  WorkRegime,
  WorkType,
} from "@/lib/generated/prisma/enums";
import { normaliseInsz, parseInsz, regionOfPostalCode } from "@/lib/members/rules";
import { todayInBrussels } from "@/lib/dates";

export interface MemberFieldValues extends FieldValues {
  insz: string;
  birthDate: string;
  region: string;
  postalCode: string;
  employerId: string;
}

export function MemberFields<T extends MemberFieldValues>({
  form,
  employer,
  onInszComplete,
}: {
  form: UseFormReturn<T>;
  employer: PickedEmployer | null;
  /** Called with a well-formed INSZ as soon as it is typed (intake: look for an existing file). */
  onInszComplete?: (insz: string) => void;
}) {
  const t = useTranslations();
  const name = (field: string) => field as Path<T>;
  const set = (field: string, value: string) =>
    form.setValue(name(field), value as PathValue<T, Path<T>>, { shouldDirty: true });
  const options = (values: string[], enumName: string) =>
    values.map((value) => ({ value, label: t(`enums.${enumName}.${value}`) }));

  return (
    <div className="space-y-6">
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("intake.identity")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            form={form}
            name={name("insz")}
            label={t("intake.insz")}
            hint={t("intake.inszHint")}
            inputMode="numeric"
            autoComplete="off"
            required
            autoFocus
            onValueChange={(value) => {
              const insz = normaliseInsz(value);
              if (insz.length !== 11) return;
              const parsed = parseInsz(insz);
              if (parsed.ok && parsed.info.birthDate && !form.getValues(name("birthDate")))
                set("birthDate", parsed.info.birthDate);
              if (parsed.ok) onInszComplete?.(insz);
            }}
          />
          <TextField
            form={form}
            name={name("externalId")}
            label={t("intake.externalId")}
            hint={t("intake.externalIdHint")}
            autoComplete="off"
          />
          <TextField
            form={form}
            name={name("firstName")}
            label={t("intake.firstName")}
            required
            autoComplete="off"
          />
          <TextField
            form={form}
            name={name("lastName")}
            label={t("intake.lastName")}
            required
            autoComplete="off"
          />
          <TextField
            form={form}
            name={name("birthDate")}
            type="date"
            label={t("intake.birthDate")}
            required
            max={todayInBrussels()}
          />
          <SelectField
            form={form}
            name={name("sex")}
            label={t("intake.sex")}
            required
            options={options(Object.values(Sex), "sex")}
          />
          <SelectField
            form={form}
            name={name("language")}
            label={t("intake.language")}
            hint={t("intake.languageHint")}
            required
            options={options(Object.values(MemberLanguage), "memberLanguage")}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("intake.contactDetails")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            form={form}
            name={name("postalCode")}
            label={t("intake.postalCode")}
            hint={t("intake.postalCodeHint")}
            required
            onValueChange={(value) => {
              const region = regionOfPostalCode(value.trim());
              if (region) set("region", region);
            }}
          />
          <SelectField
            form={form}
            name={name("region")}
            label={t("intake.region")}
            required
            options={options(Object.values(Region), "region")}
          />
          <TextField form={form} name={name("municipality")} label={t("intake.municipality")} />
          <TextField form={form} name={name("address")} label={t("intake.address")} />
          <TextField form={form} name={name("phone")} type="tel" label={t("intake.phone")} />
          <TextField form={form} name={name("email")} type="email" label={t("intake.email")} />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("intake.work")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            form={form}
            name={name("statute")}
            label={t("intake.statute")}
            required
            options={options(Object.values(Statute), "statute")}
          />
          <SelectField
            form={form}
            name={name("workType")}
            label={t("intake.workType")}
            placeholder={t("common.unknown")}
            options={options(Object.values(WorkType), "workType")}
          />
          <SelectField
            form={form}
            name={name("workRegime")}
            label={t("intake.workRegime")}
            placeholder={t("common.unknown")}
            options={options(Object.values(WorkRegime), "workRegime")}
          />
          <TextField
            form={form}
            name={name("referenceWeeklyHours")}
            type="number"
            step="0.01"
            inputMode="decimal"
            label={t("intake.referenceWeeklyHours")}
            hint={t("intake.referenceWeeklyHoursHint")}
          />
          <SelectField
            form={form}
            name={name("sector")}
            label={t("intake.sector")}
            placeholder={t("common.unknown")}
            options={options(Object.values(NaceSection), "naceSection")}
          />
        </div>
        <EmployerPicker
          form={form}
          name={name("employerId")}
          idPrefix="member-employer"
          label={t("intake.employer")}
          initial={employer}
        />
      </fieldset>
    </div>
  );
}
