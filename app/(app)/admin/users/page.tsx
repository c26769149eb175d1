import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ROLES } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { findTeamOptions } from "@/lib/teams/queries";
import { findUsers } from "@/lib/users/queries";
import { ZUserListFilterSchema } from "@/lib/users/schemas";
import { firstValues } from "@/lib/url";
import { parseFilter, translateFieldErrors } from "@/lib/validation";

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("admin.users");
  const [t, tValidation, format] = await Promise.all([
    getTranslations(),
    getTranslations("validation"),
    getFormat(),
  ]);
  const raw = firstValues(await searchParams);
  const { filter, fieldErrors } = parseFilter(ZUserListFilterSchema, raw);
  const errors = translateFieldErrors(fieldErrors, tValidation);
  const [page, teams] = await Promise.all([findUsers(filter), findTeamOptions()]);
  const { cursor: _cursor, ...activeFilter } = filter;

  return (
    <>
      <PageHeader
        title={t("admin.users.title")}
        description={t("admin.users.description")}
        actions={
          <Link href="/admin/users/new" className={buttonClass()}>
            {t("admin.users.new")}
          </Link>
        }
      />
      <FilterBar
        label={t("common.filter")}
        submitLabel={t("common.filter")}
        clearHref="/admin/users"
        clearLabel={t("common.clearFilters")}
        errorSummary={Object.keys(errors).length ? t("common.filtersNotApplied") : undefined}
      >
        <FilterField id="q" label={t("admin.users.searchLabel")} error={errors.q}>
          <Input id="q" name="q" type="search" defaultValue={filter.q ?? raw.q ?? ""} />
        </FilterField>
        <FilterField id="role" label={t("admin.users.role")} error={errors.role}>
          <Select id="role" name="role" defaultValue={filter.role ?? ""}>
            <option value="">{t("admin.users.anyRole")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`enums.role.${role}`)}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField id="teamId" label={t("admin.users.team")} error={errors.teamId}>
          <Select id="teamId" name="teamId" defaultValue={filter.teamId ?? ""}>
            <option value="">{t("admin.users.anyTeam")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField id="status" label={t("admin.users.status")} error={errors.status}>
          <Select id="status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("admin.users.anyStatus")}</option>
            <option value="active">{t("admin.users.active")}</option>
            <option value="inactive">{t("admin.users.inactive")}</option>
          </Select>
        </FilterField>
      </FilterBar>
      {page.items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("common.noResults")}</p>
      ) : (
        <Table caption={t("admin.users.caption")}>
          <THead>
            <TR>
              <TH>{t("admin.users.name")}</TH>
              <TH>{t("admin.users.email")}</TH>
              <TH>{t("admin.users.role")}</TH>
              <TH>{t("admin.users.team")}</TH>
              <TH>{t("admin.users.status")}</TH>
              <TH>{t("admin.users.lastLogin")}</TH>
            </TR>
          </THead>
          <TBody>
            {page.items.map((user) => (
              <TR key={user.id}>
                <TD>
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                </TD>
                <TD>{user.email}</TD>
                <TD>{t(`enums.role.${user.role}`)}</TD>
                <TD>{user.team?.name ?? "—"}</TD>
                <TD>
                  <Badge tone={user.isActive ? "success" : "neutral"}>
                    {user.isActive ? t("admin.users.active") : t("admin.users.inactive")}
                  </Badge>
                </TD>
                <TD>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t("admin.users.never")}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <KeysetPagination
        path="/admin/users"
        query={activeFilter}
        cursor={filter.cursor}
        nextCursor={page.nextCursor}
      />
    </>
  );
}
