import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { findMemberActivities } from "@/lib/medical/queries";
import { z } from "@/lib/validation";

export async function generateMetadata() {
  const t = await getTranslations("decision");
  return { title: t("listTitle") };
}

/** The member's authorised-activity requests and their status, each leading to its decision screen. */
export default async function ActivitiesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("member.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const list = await findMemberActivities(user, id);
  if (!list) notFound();
  const t = await getTranslations();
  const format = await getFormat();
  const date = (iso: string) => format.date(iso);
  const hours = (value: number) => format.number(value, "decimal2");
  return (
    <div className="space-y-4">
      <div>
        <h2>{t("decision.listTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("decision.listDescription")}</p>
      </div>
      {list.activities.length === 0 ? (
        <p className="text-sm text-slate-600">{t("decision.noRequests")}</p>
      ) : (
        <Table caption={t("decision.listCaption")}>
          <THead>
            <TR>
              <TH>{t("decision.facts.start")}</TH>
              <TH>{t("decision.facts.nature")}</TH>
              <TH>{t("decision.columns.hours")}</TH>
              <TH>{t("decision.columns.status")}</TH>
              <TH>{t("decision.validUntil")}</TH>
            </TR>
          </THead>
          <TBody>
            {list.activities.map((a) => (
              <TR key={a.id} data-testid="activity-row">
                <TD className="whitespace-nowrap">
                  <Link href={`/members/${id}/activities/${a.id}`}>{date(a.startDate)}</Link>
                </TD>
                <TD className="max-w-md">{a.natureOfWork}</TD>
                <TD>
                  {hours(a.authorisedWeeklyHours ?? a.requestedWeeklyHours)} / {hours(a.referenceWeeklyHours)}
                </TD>
                <TD>{t(`enums.activityStatus.${a.status}`)}</TD>
                <TD className="whitespace-nowrap">{a.validUntil ? date(a.validUntil) : "—"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
