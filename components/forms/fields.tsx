"use client";
// Form controls bound to react-hook-form, with the label, hint and translated error of <Field>.
import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

import { useValidationMessage } from "@/components/forms/use-validation-message";
import { Field } from "@/components/ui/field";
import { Checkbox, Input, Select, Textarea } from "@/components/ui/input";

interface BaseProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** Prefix for the element id when one form appears more than once on a page. */
  idPrefix?: string;
}

function useFieldError<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  const translate = useValidationMessage();
  const error = name
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      form.formState.errors,
    ) as { message?: string } | undefined;
  return translate(error?.message);
}

const idOf = (name: string, prefix?: string) => `${prefix ? `${prefix}-` : ""}${name.replace(/\./g, "-")}`;

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  required,
  idPrefix,
  type = "text",
  autoComplete,
  placeholder,
  inputMode,
  autoFocus,
  step,
  min,
  max,
  onValueChange,
}: BaseProps<T> & {
  type?: "text" | "email" | "password" | "date" | "number" | "tel" | "search" | "datetime-local" | "time";
  autoComplete?: string;
  placeholder?: string;
  inputMode?: "numeric" | "decimal" | "text" | "email" | "tel";
  autoFocus?: boolean;
  step?: string;
  min?: string;
  max?: string;
  /** Called with the raw value after each change (e.g. to look something up as the user types). */
  onValueChange?: (value: string) => void;
}) {
  const error = useFieldError(form, name);
  return (
    <Field id={idOf(name, idPrefix)} label={label} hint={hint} error={error} required={required}>
      <Input
        type={type}
        autoComplete={autoComplete}
        placeholder={placeholder}
        inputMode={inputMode}
        autoFocus={autoFocus}
        step={step}
        min={min}
        max={max}
        {...form.register(name, {
          ...(type === "number"
            ? { setValueAs: (v: unknown) => (v === "" || v === null ? undefined : Number(v)) }
            : {}),
          ...(onValueChange
            ? { onChange: (event: { target: { value: string } }) => onValueChange(event.target.value) }
            : {}),
        })}
      />
    </Field>
  );
}

export function TextAreaField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  required,
  idPrefix,
  rows = 3,
}: BaseProps<T> & { rows?: number }) {
  const error = useFieldError(form, name);
  return (
    <Field id={idOf(name, idPrefix)} label={label} hint={hint} error={error} required={required}>
      <Textarea rows={rows} {...form.register(name)} />
    </Field>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  required,
  idPrefix,
  options,
  placeholder,
}: BaseProps<T> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const error = useFieldError(form, name);
  return (
    <Field id={idOf(name, idPrefix)} label={label} hint={hint} error={error} required={required}>
      <Select {...form.register(name)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function CheckboxField<T extends FieldValues>({ form, name, label, hint, idPrefix }: BaseProps<T>) {
  const error = useFieldError(form, name);
  const id = idOf(name, idPrefix);
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <Checkbox
          id={id}
          aria-describedby={
            [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
          }
          aria-invalid={error ? true : undefined}
          {...form.register(name)}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
