// Every deadline the engine derives for this file with its status and the reason it exists; met ones folded away.
import { getTranslations } from "next-intl/server";

import { STATUS_TONE } from "@/components/member-file/timeline";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getFormat } from "@/lib/i18n/server-format";
import type { DeadlineView } from "@/lib/timeline/queries";

export async function DeadlinesCard({ deadlines }: { deadlines: DeadlineView[] }) {
  const t = await getTranslations();
  const format = await getFormat();
  const day = (iso: string) => format.date(iso);
  const open = deadlines.filter((d) => d.status !== "MET" && d.status !== "NOT_APPLICABLE");
  const met = deadlines.filter((d) => d.status === "MET");
  const row = (deadline: DeadlineView) => (
    <li key={`${deadline.rule}-${deadline.subjectId}-${deadline.cycle}`} className="py-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t(`enums.deadlineRule.${deadline.rule}`)}</span>
        <Badge tone={STATUS_TONE[deadline.status]}>{t(`enums.deadlineStatus.${deadline.status}`)}</Badge>
        <span className="text-slate-600">
          {deadline.status === "MET" && deadline.metDate
            ? t(deadline.isLate ? "memberFile.deadlines.metLate" : "memberFile.deadlines.metOn", {
                date: day(deadline.metDate),
                due: day(deadline.dueDate),
              })
            : t("memberFile.deadlines.due", { date: day(deadline.dueDate) })}
          {" · "}
          {t(`enums.deadlineOwner.${deadline.owner}`)}
        </span>
      </p>
      <p className="text-slate-600">{deadline.reason}</p>
    </li>
  );
  return (
    <Card title={t("memberFile.deadlines.title")}>
      <div id="deadlines" data-testid="deadlines">
        {open.length ? (
          <ul className="divide-y divide-slate-100">{open.map(row)}</ul>
        ) : (
          <p className="text-sm text-slate-600">{t("memberFile.deadlines.none")}</p>
        )}
        {met.length ? (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-medium text-slate-700">
              {t("memberFile.deadlines.met", { count: met.length })}
            </summary>
            <ul className="divide-y divide-slate-100">{met.map(row)}</ul>
          </details>
        ) : null}
      </div>
    </Card>
  );
}
