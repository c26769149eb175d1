// Pure report rules: small-cell suppression, completing distributions with their empty categories, and the
// names of exported files. No I/O; the numbers themselves are computed in PostgreSQL (queries.ts).
import type { ReportFilter, ReportId } from "@/lib/reports/schemas";
import type { Distribution, DistributionRow } from "@/lib/reports/types";

/**
 * DOMAIN.md (Reports): "A group with fewer than 5 periods reports its count and null metrics." Managers see
 * aggregates only; the same rule applies to every report, on screen, in exports and in the API.
 */
export const MIN_CELL_SIZE = 5;

export function isSmallCell(count: number): boolean {
  return count < MIN_CELL_SIZE;
}

/**
 * Returns the row with `suppressed` set and, when its group is a small cell, every metric replaced by null.
 * The count itself (and any identifying keys) stay. `extraCounts` are further group sizes that must also
 * reach the threshold (a conversion rate depends on the previous stage as well).
 */
export function suppressRow<TRow extends Record<string, unknown>, TMetric extends keyof TRow & string>(
  row: TRow,
  count: number,
  metrics: readonly TMetric[],
  extraCounts: readonly number[] = [],
): TRow & { suppressed: boolean } {
  const suppressed = isSmallCell(count) || extraCounts.some(isSmallCell);
  if (!suppressed) return { ...row, suppressed };
  const copy: Record<string, unknown> = { ...row, suppressed };
  for (const metric of metrics) copy[metric] = null;
  return copy as TRow & { suppressed: boolean };
}

/**
 * A distribution with every category of `keys` present (absent ones with count 0), in `keys` order, then any
 * unexpected key the database returned; each row suppressed on its own count.
 */
export function completeDistribution(
  keys: readonly string[],
  counted: readonly { key: string; count: number; share: number | null }[],
): Distribution {
  const byKey = new Map(counted.map((row) => [row.key, row]));
  const ordered = [...keys, ...counted.map((row) => row.key).filter((key) => !keys.includes(key))];
  const rows: DistributionRow[] = ordered.map((key) => {
    const found = byKey.get(key);
    return suppressRow({ key, count: found?.count ?? 0, share: found?.share ?? null }, found?.count ?? 0, [
      "share",
    ]);
  });
  return { total: counted.reduce((sum, row) => sum + row.count, 0), rows };
}

/** A filename-safe fragment: lower case ASCII letters, digits and dashes. */
export function slug(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/**
 * "reprise-cohort_asof-2026-11-22_from-2026-01-01_team-team-gent_by-sex.csv": the report, the as-of date and
 * every filter that was set (team and coordinator by name when known), so that files saved side by side
 * say what they contain.
 */
export function exportFileName(
  report: ReportId,
  filter: ReportFilter,
  extension: "csv" | "xlsx",
  names: { team?: string | null; coordinator?: string | null; table?: string | null } = {},
): string {
  const parts: string[] = [`reprise-${report}`];
  if (names.table) parts[0] += `-${slug(names.table)}`;
  parts.push(`asof-${filter.asOf}`);
  if (filter.from) parts.push(`from-${filter.from}`);
  if (filter.to) parts.push(`to-${filter.to}`);
  if (filter.by) parts.push(`by-${slug(filter.by)}`);
  if (filter.team) parts.push(`team-${slug(names.team ?? "") || filter.team.slice(0, 8)}`);
  if (filter.region) parts.push(`region-${slug(filter.region)}`);
  if (filter.coordinator) {
    parts.push(`coordinator-${slug(names.coordinator ?? "") || filter.coordinator.slice(0, 8)}`);
  }
  return `${parts.join("_")}.${extension}`;
}
