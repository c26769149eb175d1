import { cloneElement, isValidElement, type ReactNode } from "react";

import { Alert } from "@/components/ui/alert";

/**
 * A GET form for list filters: works without JavaScript, and the URL can be bookmarked or shared. When some
 * values in the URL were not valid (see parseFilter), `errorSummary` says so above the form, so that nobody
 * reads the list as filtered by them; the fields themselves show which.
 */
export function FilterBar({
  children,
  submitLabel,
  clearHref,
  clearLabel,
  label,
  errorSummary,
}: {
  children: ReactNode;
  submitLabel: string;
  clearHref: string;
  clearLabel: string;
  label: string;
  errorSummary?: string;
}) {
  return (
    <>
      {errorSummary ? (
        <Alert tone="error" className="mb-4">
          {errorSummary}
        </Alert>
      ) : null}
      <form
        method="get"
        role="search"
        aria-label={label}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      >
        {children}
        <div className="flex gap-2">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {submitLabel}
          </button>
          <a href={clearHref} className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
            {clearLabel}
          </a>
        </div>
      </form>
    </>
  );
}

/**
 * A labelled filter control. With an `error` (already translated), the control is marked invalid and
 * described by the error, as in Field; a description the control already has is kept.
 */
export function FilterField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  const errorId = `${id}-error`;
  const control =
    error && isValidElement<{ "aria-describedby"?: string }>(children)
      ? cloneElement(children, {
          "aria-invalid": true,
          "aria-describedby": [children.props["aria-describedby"], errorId].filter(Boolean).join(" "),
        } as Record<string, unknown>)
      : children;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {control}
      {error ? (
        <p id={errorId} className="max-w-56 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
