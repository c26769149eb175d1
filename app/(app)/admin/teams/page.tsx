import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { findTeams } from "@/lib/teams/queries";

import { CreateTeamForm, EditTeamDialog } from "./team-forms";

export default async function TeamsPage() {
  await requirePermission("admin.teams");
  const t = await getTranslations();
  const teams = await findTeams();
  return (
    <>
      <PageHeader title={t("admin.teams.title")} description={t("admin.teams.description")} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Table caption={t("admin.teams.caption")}>
          <THead>
            <TR>
              <TH>{t("admin.teams.name")}</TH>
              <TH>{t("admin.teams.region")}</TH>
              <TH>{t("admin.teams.members")}</TH>
              <TH>
                <span className="sr-only">{t("common.actions")}</span>
              </TH>
            </TR>
          </THead>
          <TBody>
            {teams.map((team) => (
              <TR key={team.id}>
                <TD>{team.name}</TD>
                <TD>{t(`enums.region.${team.region}`)}</TD>
                <TD>{team.userCount}</TD>
                <TD>
                  <EditTeamDialog team={team} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
        <Card title={t("admin.teams.new")}>
          <CreateTeamForm />
        </Card>
      </div>
    </>
  );
}
