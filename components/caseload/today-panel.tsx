// What needs the coordinator now: overdue items and this week's deadlines (each with the reason it exists),
// follow-ups and tasks, each linking to the member's file.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { DoneButton } from "@/components/caseload/done-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TodayItem } from "@/lib/caseload/queries";
import { reasonFor, type ReasonLocale } from "@/lib/deadlines/reasons";
import type { DeadlineRule } from "@/lib/deadlines/rules";
import { getFormat } from "@/lib/i18n/server-format";
import { taskTitle } from "@/lib/tasks/rules";

/** Items shown per group; the rest is one click away in the caseload, filtered. */
const PANEL_LIMIT = 10;

type Variant = "DEFAULT" | "MEMBER_REQUEST" | "SELF_EMPLOYED" | "SET_REVIEW" | "PRE_TNW";

export async function TodayPanel({ items, locale }: { items: TodayItem[]; locale: ReasonLocale }) {
  const t = await getTranslations();
  const format = await getFormat();
  // Most recently overdue first: a long tail of old items must not bury what just slipped.
  const overdue = items.filter((item) => item.isOverdue).sort((a, b) => (a.dueDate < b.dueDate ? 1 : -1));
  const thisWeek = items.filter((item) => !item.isOverdue);

  const describe = (item: TodayItem) => {
    if (item.kind === "DEADLINE") {
      return {
        title: t(`enums.deadlineRule.${item.rule}`),
        kind: t("caseload.today.kindDeadline"),
        reason: reasonFor(
          {
            rule: item.rule as DeadlineRule,
            variant: (item.variant ?? "DEFAULT") as Variant,
            anchorDate: item.anchorDate!,
            dueDate: item.dueDate,
          },
          locale,
        ),
      };
    }
    return {
      title:
        item.kind === "TASK" && item.taskKind
          ? taskTitle({ kind: item.taskKind, title: item.text }, t)
          : (item.text ?? ""),
      kind: t(item.kind === "TASK" ? "caseload.today.kindTask" : "caseload.today.kindFollowUp"),
      reason: null,
    };
  };

  const list = (group: TodayItem[], testId: string, moreHref: string) => (
    <>
      <ul className="divide-y divide-slate-100" data-testid={testId}>
        {group.slice(0, PANEL_LIMIT).map((item) => {
          const text = describe(item);
          return (
            <li
              key={`${item.kind}-${item.refId}`}
              className="flex flex-wrap items-start justify-between gap-2 py-2"
            >
              <div className="min-w-0 flex-1 text-sm">
                <p>
                  <span className="font-medium">{t("common.label", { label: text.kind })}</span> {text.title}
                </p>
                {text.reason ? <p className="text-slate-600">{text.reason}</p> : null}
                <p className="text-slate-600">
                  {item.memberId && item.memberName ? (
                    <Link href={`/members/${item.memberId}`}>{item.memberName}</Link>
                  ) : null}
                  {item.memberName ? " · " : ""}
                  {t("caseload.today.due", { date: format.date(item.dueDate) })}{" "}
                  {item.isOverdue ? <Badge tone="danger">{t("enums.deadlineStatus.OVERDUE")}</Badge> : null}
                </p>
              </div>
              {item.kind !== "DEADLINE" && item.version !== null ? (
                <DoneButton
                  kind={item.kind}
                  id={item.refId}
                  version={item.version}
                  label={t("caseload.today.markDone", { what: text.title })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {group.length > PANEL_LIMIT ? (
        <p className="mt-2 text-sm">
          <Link href={moreHref}>{t("caseload.today.more", { count: group.length - PANEL_LIMIT })}</Link>
        </p>
      ) : null}
    </>
  );

  return (
    <Card title={t("caseload.today.title")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("caseload.today.empty")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-labelledby="today-overdue">
            <h3
              id="today-overdue"
              className={overdue.length ? "text-sm font-semibold text-red-800" : "text-sm font-semibold"}
            >
              {t("caseload.today.overdue", { count: overdue.length })}
            </h3>
            {overdue.length ? (
              list(overdue, "today-overdue", "/caseload?overdue=1&sort=nextDeadline")
            ) : (
              <p className="text-sm text-slate-600">{t("caseload.today.nothingOverdue")}</p>
            )}
          </section>
          <section aria-labelledby="today-week">
            <h3 id="today-week" className="text-sm font-semibold">
              {t("caseload.today.thisWeek", { count: thisWeek.length })}
            </h3>
            {thisWeek.length ? (
              list(thisWeek, "today-week", "/caseload?sort=nextDeadline")
            ) : (
              <p className="text-sm text-slate-600">{t("caseload.today.nothingThisWeek")}</p>
            )}
          </section>
        </div>
      )}
    </Card>
  );
}
