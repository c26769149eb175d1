import type { ReactNode } from "react";

import { Input, Select } from "@/components/ui/input";
import type { ReportFilterOptions } from "@/lib/reports/queries";
import { DIMENSIONS_BY_REPORT, type ReportId } from "@/lib/reports/schemas";
import { REGIONS } from "@/lib/teams/schemas";

function Control({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="max-w-56 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="max-w-56 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, hint: boolean, error: boolean) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/**
 * The report filters as a GET form: works without JavaScript, and the address of a report (with its filters)
 * can be bookmarked and shared. Field errors are shown next to their fields.
 */
export function ReportFilters({
  report,
  values,
  errors,
  options,
  labels,
}: {
  report: ReportId;
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  options: ReportFilterOptions;
  labels: {
    legend: string;
    submit: string;
    clear: string;
    from: string;
    to: string;
    asOf: string;
    asOfHint: string;
    team: string;
    region: string;
    coordinator: string;
    by: string;
    any: string;
    allDimensions: string;
    inactive: string;
    periodHint: string;
    dimension: (key: string) => string;
    region_: (key: string) => string;
  };
}) {
  const dimensions = DIMENSIONS_BY_REPORT[report];
  const dateField = (name: "from" | "to" | "asOf", label: string, hint?: string) => (
    <Control id={`filter-${name}`} label={label} hint={hint} error={errors[name]}>
      <Input
        id={`filter-${name}`}
        name={name}
        type="date"
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(`filter-${name}`, Boolean(hint), Boolean(errors[name]))}
      />
    </Control>
  );
  const selectField = (
    name: "team" | "region" | "coordinator" | "by",
    label: string,
    choices: { value: string; label: string }[],
    emptyLabel: string,
  ) => (
    <Control id={`filter-${name}`} label={label} error={errors[name]}>
      <Select
        id={`filter-${name}`}
        name={name}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(`filter-${name}`, false, Boolean(errors[name]))}
      >
        <option value="">{emptyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Control>
  );
  return (
    <form
      method="get"
      role="search"
      aria-label={labels.legend}
      className="no-print mb-4 flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      {dateField("from", labels.from, labels.periodHint)}
      {dateField("to", labels.to)}
      {dateField("asOf", labels.asOf, labels.asOfHint)}
      {selectField(
        "team",
        labels.team,
        options.teams.map((team) => ({ value: team.id, label: team.name })),
        labels.any,
      )}
      {selectField(
        "region",
        labels.region,
        REGIONS.map((region) => ({ value: region, label: labels.region_(region) })),
        labels.any,
      )}
      {selectField(
        "coordinator",
        labels.coordinator,
        options.coordinators.map((coordinator) => ({
          value: coordinator.id,
          label: coordinator.isActive ? coordinator.name : `${coordinator.name} (${labels.inactive})`,
        })),
        labels.any,
      )}
      {dimensions.length
        ? selectField(
            "by",
            labels.by,
            dimensions.map((dimension) => ({ value: dimension, label: labels.dimension(dimension) })),
            labels.allDimensions,
          )
        : null}
      <div className="flex gap-2 self-end">
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {labels.submit}
        </button>
        <a
          href={`/reports/${report}`}
          className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100"
        >
          {labels.clear}
        </a>
      </div>
    </form>
  );
}
