import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { REPORT_DEFINITIONS_VERSION } from "@/lib/reports/definitions";
import { REPORT_IDS } from "@/lib/reports/schemas";

export default async function ReportsPage() {
  const user = await requirePermission("reports.read");
  const t = await getTranslations("reports");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {REPORT_IDS.map((report) => (
          <li key={report}>
            <Card title={<Link href={`/reports/${report}`}>{t(`titles.${report}`)}</Link>} className="h-full">
              <p className="text-sm text-slate-700">{t(`summaries.${report}`)}</p>
            </Card>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm text-slate-600">
        {t("suppressionNote")} {t("definitionsVersionIs", { version: REPORT_DEFINITIONS_VERSION })}
      </p>
      {can(user, "admin.apiTokens") ? (
        <Card title={t("api.title")} className="mt-6">
          <p className="text-sm text-slate-700">{t("api.description")}</p>
          <ul className="mt-2 list-inside list-disc text-sm">
            <li>
              <Link href="/admin/api-tokens">{t("api.manageTokens")}</Link>
            </li>
            <li>
              <a href="/api/v1/openapi.json">{t("api.openapi")}</a>
            </li>
          </ul>
        </Card>
      ) : null}
    </>
  );
}
