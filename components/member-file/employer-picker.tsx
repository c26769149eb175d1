"use client";
// Picks the employer for a member, an adjustment or an authorised activity: search by name or enterprise
// number (KBO/BCE), or create the employer on the spot (KBO mod-97 check). Writes the id into the form field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useForm, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";

import { SelectField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useValidationMessage } from "@/components/forms/use-validation-message";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { createEmployerAction, searchEmployersAction } from "@/lib/employers/actions";
import type { EmployerOption } from "@/lib/employers/queries";
import { ZCreateEmployerSchema } from "@/lib/employers/schemas";
import { EmployerSize, NaceSection } from "@/lib/generated/prisma/enums";
import { normaliseKbo } from "@/lib/members/rules";

export type PickedEmployer = { id: string; name: string; kbo: string | null };

export function EmployerPicker<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  initial,
  idPrefix = "employer",
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  initial: PickedEmployer | null;
  idPrefix?: string;
}) {
  const t = useTranslations();
  const translate = useValidationMessage();
  const id = useId();
  const [selected, setSelected] = useState<PickedEmployer | null>(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<EmployerOption[] | null>(null);
  const [isCreating, setCreating] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef("");
  const error = translate(
    (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message,
  );

  const choose = (employer: PickedEmployer | null) => {
    setSelected(employer);
    setResults(null);
    setQuery("");
    form.setValue(name, (employer?.id ?? "") as PathValue<T, Path<T>>, { shouldDirty: true });
    form.clearErrors(name);
  };
  const search = async (text: string) => {
    latest.current = text;
    if (text.trim().length < 2) {
      setResults(null);
      return;
    }
    const result = await searchEmployersAction({ query: text });
    if (latest.current === text) setResults(result.ok ? result.data : []);
  };

  return (
    <div className="space-y-2" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="text-sm font-medium text-slate-800">
        {label}
      </p>
      {selected ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span data-testid={`${idPrefix}-selected`}>
            {selected.name}
            {selected.kbo ? ` · ${selected.kbo}` : ""}
          </span>
          <Button size="sm" variant="ghost" onClick={() => choose(null)}>
            {t("employers.change")}
          </Button>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-56 flex-1">
              <label htmlFor={`${idPrefix}-search`} className="sr-only">
                {t("employers.search")}
              </label>
              <Input
                id={`${idPrefix}-search`}
                type="search"
                value={query}
                placeholder={t("employers.searchPlaceholder")}
                aria-describedby={`${idPrefix}-search-status`}
                onChange={(event) => {
                  const text = event.target.value;
                  setQuery(text);
                  if (timer.current) clearTimeout(timer.current);
                  timer.current = setTimeout(() => void search(text), 250);
                }}
                onKeyDown={(event) => {
                  // Enter searches here; it must not submit the form around the picker.
                  if (event.key === "Enter") {
                    event.preventDefault();
                    void search(query);
                  }
                }}
              />
            </div>
            <Button size="sm" variant="secondary" onClick={() => setCreating(true)}>
              {t("employers.new")}
            </Button>
          </div>
          <p id={`${idPrefix}-search-status`} role="status" className="text-xs text-slate-600">
            {results === null
              ? (hint ?? t("employers.searchHint"))
              : t("employers.found", { count: results.length })}
          </p>
          {results?.length ? (
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
              {results.map((employer) => (
                <li key={employer.id} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
                  <span>
                    {employer.name}
                    <span className="text-slate-600">
                      {employer.kbo ? ` · ${employer.kbo}` : ""}
                      {employer.postalCode ? ` · ${employer.postalCode}` : ""}
                    </span>
                  </span>
                  <Button
                    size="sm"
                    variant="secondary"
                    aria-label={t("employers.chooseNamed", { name: employer.name })}
                    onClick={() => choose(employer)}
                  >
                    {t("employers.choose")}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
      <Dialog
        open={isCreating}
        onOpenChange={setCreating}
        title={t("employers.newTitle")}
        closeLabel={t("common.close")}
      >
        <CreateEmployerForm
          initialName={/\d/.test(query) ? "" : query}
          initialKbo={/\d/.test(query) ? query : ""}
          onCreated={(employer) => {
            setCreating(false);
            choose(employer);
          }}
        />
      </Dialog>
    </div>
  );
}

export function CreateEmployerForm({
  initialName = "",
  initialKbo = "",
  onCreated,
}: {
  initialName?: string;
  initialKbo?: string;
  onCreated: (employer: PickedEmployer) => void;
}) {
  const t = useTranslations();
  const form = useForm({
    resolver: zodResolver(ZCreateEmployerSchema),
    defaultValues: {
      name: initialName,
      kbo: initialKbo,
      externalId: "",
      sizeBand: "" as EmployerSize | "",
      sector: "" as NaceSection | "",
      postalCode: "",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
    },
  });
  const { onSubmit, failure } = useActionForm(form, createEmployerAction, (data, values) =>
    onCreated({ id: data.id, name: values.name, kbo: values.kbo ? normaliseKbo(values.kbo) : null }),
  );
  return (
    <form
      onSubmit={(event) => {
        // Opened from inside another form: keep this submit to itself.
        event.stopPropagation();
        return onSubmit(event);
      }}
      noValidate
      className="space-y-3"
    >
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="name"
          idPrefix="new-employer"
          label={t("employers.name")}
          required
          autoFocus
        />
        <TextField
          form={form}
          name="kbo"
          idPrefix="new-employer"
          label={t("employers.kbo")}
          hint={t("employers.kboHint")}
          inputMode="numeric"
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            form={form}
            name="sizeBand"
            idPrefix="new-employer"
            label={t("employers.sizeBand")}
            placeholder={t("common.unknown")}
            options={Object.values(EmployerSize).map((value) => ({
              value,
              label: t(`enums.employerSize.${value}`),
            }))}
          />
          <SelectField
            form={form}
            name="sector"
            idPrefix="new-employer"
            label={t("employers.sector")}
            placeholder={t("common.unknown")}
            options={Object.values(NaceSection).map((value) => ({
              value,
              label: t(`enums.naceSection.${value}`),
            }))}
          />
          <TextField
            form={form}
            name="postalCode"
            idPrefix="new-employer"
            label={t("employers.postalCode")}
          />
          <TextField
            form={form}
            name="contactName"
            idPrefix="new-employer"
            label={t("employers.contactName")}
          />
          <TextField
            form={form}
            name="contactEmail"
            idPrefix="new-employer"
            type="email"
            label={t("employers.contactEmail")}
          />
          <TextField
            form={form}
            name="contactPhone"
            idPrefix="new-employer"
            type="tel"
            label={t("employers.contactPhone")}
          />
        </div>
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("employers.create")}
        </Button>
      </fieldset>
    </form>
  );
}
