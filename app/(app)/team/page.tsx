// The team page: how many members each coordinator of the team carries, and every member of the team with
// a control to hand them to another coordinator. For the team's coordinators and its manager, who reassigns
// without access to member files (identity and coordinator only; the file link is for those who may read it).
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findTeamCaseloads, findTeamMembers } from "@/lib/members/queries";
import { ZTeamMemberFilterSchema } from "@/lib/members/schemas";
import { firstValues, withQuery } from "@/lib/url";
import { parseFilter, translateFieldErrors } from "@/lib/validation";

import { ReassignRow } from "./reassign-row";

export default async function TeamPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("member.reassign");
  const [t, tValidation] = await Promise.all([getTranslations(), getTranslations("validation")]);
  const raw = firstValues(await searchParams);
  const { filter, fieldErrors } = parseFilter(ZTeamMemberFilterSchema, raw);
  const errors = translateFieldErrors(fieldErrors, tValidation);
  const [caseloads, page] = await Promise.all([findTeamCaseloads(user), findTeamMembers(user, filter)]);
  const canOpenFiles = can(user, "member.read");
  const { cursor: _cursor, ...activeFilter } = filter;
  const coordinators = caseloads?.coordinators ?? [];

  return (
    <>
      <PageHeader
        title={t("team.title", { team: caseloads?.teamName ?? user.teamName ?? "" })}
        description={t("team.description")}
      />
      <div className="space-y-6">
        <Card title={t("team.caseloads")}>
          {coordinators.length === 0 ? (
            <p className="text-sm text-slate-600">{t("team.noCoordinators")}</p>
          ) : (
            <Table caption={t("team.caseloadsCaption")}>
              <THead>
                <TR>
                  <TH>{t("team.coordinator")}</TH>
                  <TH className="text-right">{t("team.members")}</TH>
                </TR>
              </THead>
              <TBody>
                {coordinators.map((coordinator) => (
                  <TR key={coordinator.id} data-testid="team-caseload">
                    <TD>
                      <Link href={withQuery("/team", { coordinatorId: coordinator.id })}>
                        {coordinator.name}
                      </Link>
                    </TD>
                    <TD className="text-right tabular-nums">{coordinator.memberCount}</TD>
                  </TR>
                ))}
                {caseloads && caseloads.unassignedCount > 0 ? (
                  <TR>
                    <TD>
                      <Link href={withQuery("/team", { coordinatorId: "none" })}>{t("team.unassigned")}</Link>
                    </TD>
                    <TD className="text-right tabular-nums">{caseloads.unassignedCount}</TD>
                  </TR>
                ) : null}
              </TBody>
            </Table>
          )}
        </Card>

        <section aria-labelledby="team-members">
          <h2 id="team-members" className="mb-3">
            {t("team.membersTitle")}
          </h2>
          <FilterBar
            label={t("team.filterLabel")}
            submitLabel={t("common.filter")}
            clearHref="/team"
            clearLabel={t("common.clearFilters")}
            errorSummary={Object.keys(errors).length ? t("common.filtersNotApplied") : undefined}
          >
            <FilterField id="q" label={t("team.search")} error={errors.q}>
              <Input id="q" name="q" type="search" defaultValue={filter.q ?? raw.q ?? ""} />
            </FilterField>
            <FilterField id="coordinatorId" label={t("team.coordinator")} error={errors.coordinatorId}>
              <Select id="coordinatorId" name="coordinatorId" defaultValue={filter.coordinatorId ?? ""}>
                <option value="">{t("team.anyCoordinator")}</option>
                {coordinators.map((coordinator) => (
                  <option key={coordinator.id} value={coordinator.id}>
                    {coordinator.name}
                  </option>
                ))}
                <option value="none">{t("team.unassigned")}</option>
              </Select>
            </FilterField>
          </FilterBar>
          {page.items.length === 0 ? (
            <p className="text-sm text-slate-600">{t("common.noResults")}</p>
          ) : (
            <Table caption={t("team.membersCaption")}>
              <THead>
                <TR>
                  <TH>{t("team.member")}</TH>
                  <TH>{t("team.coordinator")}</TH>
                  <TH>{t("team.trajectory")}</TH>
                  <TH>{t("team.reassign")}</TH>
                </TR>
              </THead>
              <TBody>
                {page.items.map((member) => {
                  const name = `${member.firstName} ${member.lastName}`;
                  return (
                    <TR key={member.id} data-testid="team-member">
                      <TD>
                        {canOpenFiles ? <Link href={`/members/${member.id}`}>{name}</Link> : name}
                        {member.externalId ? (
                          <p className="text-xs text-slate-600">{member.externalId}</p>
                        ) : null}
                      </TD>
                      <TD>{member.coordinator?.name ?? t("team.unassigned")}</TD>
                      <TD>
                        {member.trajectoryStatus
                          ? t(`enums.trajectoryStatus.${member.trajectoryStatus}`)
                          : t("caseload.noTrajectory")}
                      </TD>
                      <TD>
                        <ReassignRow
                          member={{
                            id: member.id,
                            version: member.version,
                            name,
                            coordinatorId: member.coordinator?.id ?? null,
                          }}
                          coordinators={coordinators}
                        />
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          )}
          <KeysetPagination
            path="/team"
            query={activeFilter}
            cursor={filter.cursor}
            nextCursor={page.nextCursor}
          />
        </section>
      </div>
    </>
  );
}
