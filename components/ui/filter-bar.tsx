import type { ReactNode } from "react";

/** A GET form for list filters: works without JavaScript, and the URL can be bookmarked or shared. */
export function FilterBar({
  children,
  submitLabel,
  clearHref,
  clearLabel,
  label,
}: {
  children: ReactNode;
  submitLabel: string;
  clearHref: string;
  clearLabel: string;
  label: string;
}) {
  return (
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
  );
}

export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}
