// The coordinator's home: their members (or the whole team's) with phase, day count, category, trajectory and
// next deadline; filters, sort, search and keyset pages in the URL (a GET form); the "today" panel on top; a
// quick-log on every row.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { TodayPanel } from "@/components/caseload/today-panel";
import { QuickLogButton } from "@/components/contacts/quick-log-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Checkbox, Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findCaseload, findTodayPanel } from "@/lib/caseload/queries";
import { CASELOAD_SORTS, ZCaseloadFilterSchema, type TCaseloadFilter } from "@/lib/caseload/schemas";
import { todayInBrussels } from "@/lib/dates";
import { reasonFor, type ReasonLocale } from "@/lib/deadlines/reasons";
import type { DeadlineRule } from "@/lib/deadlines/rules";
import { TrajectoryStatus } from "@/lib/generated/prisma/enums";
import { getFormat } from "@/lib/i18n/server-format";
import { firstValues, withQuery } from "@/lib/url";
import { parseFilter, translateFieldErrors } from "@/lib/validation";

type Variant = "DEFAULT" | "MEMBER_REQUEST" | "SELF_EMPLOYED" | "SET_REVIEW" | "PRE_TNW";

/** The filter as URL parameters, leaving out defaults so that links stay short. */
function queryOf(filter: TCaseloadFilter, overrides: Partial<TCaseloadFilter> = {}) {
  const value = { ...filter, ...overrides };
  return {
    scope: value.scope === "team" ? "team" : undefined,
    state: value.state === "all" ? "all" : undefined,
    status: value.status,
    category: value.category,
    phase: value.phase,
    overdue: value.overdue,
    q: value.q,
    sort: value.sort === "name" ? undefined : value.sort,
    cursor: value.cursor,
  };
}

export default async function CaseloadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("caseload.read");
  const [t, tValidation, format] = await Promise.all([
    getTranslations(),
    getTranslations("validation"),
    getFormat(),
  ]);
  const locale = (await getLocale()) as ReasonLocale;
  const raw = firstValues(await searchParams);
  // A bad value falls back to its default (scope, state, sort) or to no filter on that field.
  const { filter, fieldErrors } = parseFilter(ZCaseloadFilterSchema, raw);
  const errors = translateFieldErrors(fieldErrors, tValidation);
  const today = todayInBrussels();
  const [page, panel] = await Promise.all([findCaseload(user, filter, today), findTodayPanel(user, today)]);
  const isTeam = filter.scope === "team";
  const first = { ...filter, cursor: undefined };

  return (
    <>
      <PageHeader
        title={isTeam ? t("caseload.teamTitle", { team: user.teamName ?? "" }) : t("caseload.title")}
        description={t("caseload.description")}
        actions={
          <>
            {can(user, "member.write") ? (
              <Link href="/members/new" className={buttonClass()}>
                {t("caseload.newMember")}
              </Link>
            ) : null}
            {can(user, "member.reassign") ? (
              <Link href="/team" className={buttonClass("secondary")}>
                {t("caseload.teamPage")}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        <TodayPanel items={panel} locale={locale} />

        <section aria-labelledby="caseload-list">
          <h2 id="caseload-list" className="sr-only">
            {t("caseload.listHeading")}
          </h2>
          <nav aria-label={t("caseload.scope.label")} className="mb-3">
            <ul className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
              {(["mine", "team"] as const).map((scope) => {
                const isCurrent = filter.scope === scope;
                return (
                  <li key={scope}>
                    <Link
                      href={withQuery("/caseload", queryOf(first, { scope }))}
                      aria-current={isCurrent ? "page" : undefined}
                      className={cn(
                        "block rounded px-3 py-1.5 font-medium no-underline hover:no-underline",
                        isCurrent ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100",
                      )}
                    >
                      {t(`caseload.scope.${scope}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <FilterBar
            label={t("caseload.filters.label")}
            submitLabel={t("common.filter")}
            clearHref={withQuery("/caseload", { scope: isTeam ? "team" : undefined })}
            clearLabel={t("common.clearFilters")}
            errorSummary={Object.keys(errors).length ? t("common.filtersNotApplied") : undefined}
          >
            {isTeam ? <input type="hidden" name="scope" value="team" /> : null}
            <FilterField id="q" label={t("caseload.filters.search")} error={errors.q}>
              <Input
                id="q"
                name="q"
                type="search"
                defaultValue={filter.q ?? raw.q ?? ""}
                aria-describedby="q-hint"
                className="w-64"
              />
            </FilterField>
            <p id="q-hint" className="sr-only">
              {t("caseload.filters.searchHint")}
            </p>
            <FilterField id="status" label={t("caseload.filters.status")} error={errors.status}>
              <Select id="status" name="status" defaultValue={filter.status ?? ""}>
                <option value="">{t("caseload.filters.any")}</option>
                <option value="NONE">{t("caseload.filters.noTrajectory")}</option>
                {Object.values(TrajectoryStatus).map((status) => (
                  <option key={status} value={status}>
                    {t(`enums.trajectoryStatus.${status}`)}
                  </option>
                ))}
              </Select>
            </FilterField>
            <FilterField id="category" label={t("caseload.filters.category")} error={errors.category}>
              <Select id="category" name="category" defaultValue={filter.category ?? ""}>
                <option value="">{t("caseload.filters.any")}</option>
                {(["1", "2", "3", "4", "NONE"] as const).map((category) => (
                  <option key={category} value={category}>
                    {t(`enums.category.${category}`)}
                  </option>
                ))}
              </Select>
            </FilterField>
            <FilterField id="phase" label={t("caseload.filters.phase")} error={errors.phase}>
              <Select id="phase" name="phase" defaultValue={filter.phase ?? ""}>
                <option value="">{t("caseload.filters.any")}</option>
                <option value="PRIMARY">{t("enums.phase.PRIMARY")}</option>
                <option value="INVALIDITY">{t("enums.phase.INVALIDITY")}</option>
              </Select>
            </FilterField>
            <FilterField id="sort" label={t("caseload.filters.sort")} error={errors.sort}>
              <Select id="sort" name="sort" defaultValue={filter.sort}>
                {CASELOAD_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`caseload.sort.${sort}`)}
                  </option>
                ))}
              </Select>
            </FilterField>
            <div className="flex flex-col gap-2 pb-1 text-sm">
              <label className="flex items-center gap-2">
                <Checkbox name="overdue" value="1" defaultChecked={filter.overdue === "1"} />
                {t("caseload.filters.overdueOnly")}
              </label>
              <label className="flex items-center gap-2">
                <Checkbox name="state" value="all" defaultChecked={filter.state === "all"} />
                {t("caseload.filters.includeClosed")}
              </label>
            </div>
          </FilterBar>

          {page.items.length === 0 ? (
            <p className="text-sm text-slate-600" data-testid="caseload-empty">
              {filter.q || filter.status || filter.category || filter.phase || filter.overdue
                ? t("common.noResults")
                : t("caseload.empty")}
            </p>
          ) : (
            <Table caption={isTeam ? t("caseload.captionTeam") : t("caseload.caption")}>
              <THead>
                <TR>
                  <TH>{t("caseload.columns.member")}</TH>
                  <TH>{t("caseload.columns.incapacity")}</TH>
                  <TH>{t("caseload.columns.category")}</TH>
                  <TH>{t("caseload.columns.trajectory")}</TH>
                  <TH>{t("caseload.columns.nextDeadline")}</TH>
                  {isTeam ? <TH>{t("caseload.columns.coordinator")}</TH> : null}
                  <TH>
                    <span className="sr-only">{t("common.actions")}</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {page.items.map((row) => {
                  const name = `${row.firstName} ${row.lastName}`;
                  const isNextOverdue = row.nextDueDate !== null && row.nextDueDate < today;
                  return (
                    <TR key={row.id} data-testid="caseload-row">
                      <TD>
                        <Link href={`/members/${row.id}`} className="font-medium">
                          {name}
                        </Link>
                        <p className="text-xs text-slate-600">
                          {row.insz}
                          {row.externalId ? ` · ${row.externalId}` : ""}
                        </p>
                      </TD>
                      <TD>
                        {row.phase && row.dayCount !== null && !row.periodEnd ? (
                          <>
                            {t(`enums.phase.${row.phase}`)}
                            <p className="text-xs text-slate-600">
                              {t("caseload.day", { count: row.dayCount })}
                            </p>
                          </>
                        ) : (
                          <span className="text-slate-600">{t("caseload.notInIncapacity")}</span>
                        )}
                      </TD>
                      <TD>{row.category ?? t("caseload.uncategorised")}</TD>
                      <TD>
                        {row.trajectoryStatus
                          ? t(`enums.trajectoryStatus.${row.trajectoryStatus}`)
                          : t("caseload.noTrajectory")}
                      </TD>
                      <TD className="max-w-sm">
                        {row.nextRule && row.nextDueDate ? (
                          <>
                            <p>
                              {t(`enums.deadlineRule.${row.nextRule}`)} · {format.date(row.nextDueDate)}{" "}
                              {isNextOverdue ? (
                                <Badge tone="danger">{t("enums.deadlineStatus.OVERDUE")}</Badge>
                              ) : null}
                            </p>
                            {row.nextAnchorDate ? (
                              <p className="text-xs text-slate-600">
                                {reasonFor(
                                  {
                                    rule: row.nextRule as DeadlineRule,
                                    variant: (row.nextVariant ?? "DEFAULT") as Variant,
                                    anchorDate: row.nextAnchorDate,
                                    dueDate: row.nextDueDate,
                                  },
                                  locale,
                                )}
                              </p>
                            ) : null}
                            {row.overdueCount > 1 ? (
                              <p className="text-xs font-medium text-red-800">
                                {t("caseload.overdueCount", { count: row.overdueCount })}
                              </p>
                            ) : null}
                          </>
                        ) : (
                          <span className="text-slate-600">{t("caseload.noDeadline")}</span>
                        )}
                      </TD>
                      {isTeam ? <TD>{row.coordinatorName ?? "—"}</TD> : null}
                      <TD>
                        <QuickLogButton
                          memberId={row.id}
                          memberName={name}
                          variant="secondary"
                          size="sm"
                          labelWithName
                        />
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          )}
          <KeysetPagination
            path="/caseload"
            query={queryOf(first)}
            cursor={filter.cursor}
            nextCursor={page.nextCursor}
          />
        </section>
      </div>
    </>
  );
}
