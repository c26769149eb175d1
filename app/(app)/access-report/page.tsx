import { getTranslations } from "next-intl/server";

import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { findBreakGlassAccesses, findReportTeams } from "@/lib/access-report/queries";
import { ZAccessReportFilterSchema } from "@/lib/access-report/schemas";
import { requirePermission } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { firstValues } from "@/lib/url";
import { parseFilter, translateFieldErrors } from "@/lib/validation";

export async function generateMetadata() {
  const t = await getTranslations("accessReport");
  return { title: t("title") };
}

/** Managers' access report: files opened outside one's own scope, with the purpose stated (break-glass). */
export default async function AccessReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("accessReport.read");
  const [t, tValidation, format] = await Promise.all([
    getTranslations(),
    getTranslations("validation"),
    getFormat(),
  ]);
  const raw = firstValues(await searchParams);
  const { filter, fieldErrors } = parseFilter(ZAccessReportFilterSchema, raw);
  const errors = translateFieldErrors(fieldErrors, tValidation);
  const [page, teams] = await Promise.all([findBreakGlassAccesses(user, filter), findReportTeams()]);
  const { cursor: _cursor, ...active } = filter;
  return (
    <>
      <PageHeader
        title={t("accessReport.title")}
        description={
          user.role === "ADMIN" ? t("accessReport.descriptionAll") : t("accessReport.descriptionTeam")
        }
      />
      <FilterBar
        label={t("common.filter")}
        submitLabel={t("common.filter")}
        clearHref="/access-report"
        clearLabel={t("common.clearFilters")}
        errorSummary={Object.keys(errors).length ? t("common.filtersNotApplied") : undefined}
      >
        <FilterField id="user" label={t("accessReport.filters.user")} error={errors.user}>
          <Input id="user" name="user" type="search" defaultValue={raw.user ?? ""} />
        </FilterField>
        <FilterField id="role" label={t("accessReport.filters.role")} error={errors.role}>
          <Select id="role" name="role" defaultValue={raw.role ?? ""}>
            <option value="">{t("common.all")}</option>
            {(["COORDINATOR", "ADVISING_PHYSICIAN"] as const).map((role) => (
              <option key={role} value={role}>
                {t(`enums.role.${role}`)}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField id="teamId" label={t("accessReport.filters.memberTeam")} error={errors.teamId}>
          <Select id="teamId" name="teamId" defaultValue={raw.teamId ?? ""}>
            <option value="">{t("common.all")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField id="from" label={t("common.from")} error={errors.from}>
          <Input id="from" name="from" type="date" defaultValue={raw.from ?? ""} />
        </FilterField>
        <FilterField id="to" label={t("common.to")} error={errors.to}>
          <Input id="to" name="to" type="date" defaultValue={raw.to ?? ""} />
        </FilterField>
      </FilterBar>
      {page.items.length === 0 ? (
        <p className="text-sm text-slate-600" role="status">
          {t("accessReport.empty")}
        </p>
      ) : (
        <Table caption={t("accessReport.caption")}>
          <THead>
            <TR>
              <TH>{t("accessReport.columns.when")}</TH>
              <TH>{t("accessReport.columns.who")}</TH>
              <TH>{t("accessReport.columns.member")}</TH>
              <TH>{t("accessReport.columns.purpose")}</TH>
              <TH>{t("accessReport.columns.until")}</TH>
            </TR>
          </THead>
          <TBody>
            {page.items.map((row) => (
              <TR key={row.id} data-testid="access-row">
                <TD className="whitespace-nowrap">{format.dateTime(row.openedAt)}</TD>
                <TD>
                  {row.user.name}
                  <span className="block text-xs text-slate-600">
                    {row.user.email} · {t(`enums.role.${row.user.role}`)}
                    {row.user.teamName ? ` · ${row.user.teamName}` : ""}
                  </span>
                </TD>
                <TD>
                  {row.member.lastName} {row.member.firstName}
                  <span className="block text-xs text-slate-600">{row.member.teamName}</span>
                </TD>
                <TD className="max-w-md break-words">{row.purpose}</TD>
                <TD className="whitespace-nowrap">{format.dateTime(row.expiresAt)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <KeysetPagination
        path="/access-report"
        query={active}
        cursor={filter.cursor}
        nextCursor={page.nextCursor}
      />
    </>
  );
}
