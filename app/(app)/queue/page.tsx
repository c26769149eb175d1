import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { SecondFactorRequired } from "@/components/medical/second-factor-required";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { canOnceVerified } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { todayInBrussels } from "@/lib/dates";
import { reasonFor } from "@/lib/deadlines/reasons";
import { getFormat } from "@/lib/i18n/server-format";
import { countQueueItems, findQueueItems, findRegionTeams, type QueueItem } from "@/lib/queue/queries";
import { urgencyOf, type Urgency } from "@/lib/queue/rules";
import { DUE_WINDOWS, QUEUE_KINDS, ZQueueFilterSchema, type QueueKind } from "@/lib/queue/schemas";
import { firstValues, withQuery } from "@/lib/url";
import { parseFilter, translateFieldErrors } from "@/lib/validation";

export async function generateMetadata() {
  const t = await getTranslations("queue");
  return { title: t("title") };
}

const URGENCY_TONE: Record<Urgency, BadgeTone> = {
  OVERDUE: "danger",
  TODAY: "warning",
  SOON: "warning",
  LATER: "neutral",
  WAITING: "info",
};

/** Where the physician does the work an item asks for. */
function workHref(item: QueueItem): string {
  const member = `/members/${item.memberId}`;
  if (item.kind === "QUESTIONNAIRE") return `${member}/medical#questionnaire`;
  if (item.kind === "FIRST_CATEGORY" || item.isAssessmentReview) return `${member}/assess`;
  return `${member}/activities/${item.activityId}`;
}

/** The advising physician's home: what waits for their decision, most urgent first. */
export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  if (!canOnceVerified(user, "physicianQueue.read")) notFound();
  const t = await getTranslations();
  if (user.mfaPending) {
    return (
      <>
        <PageHeader title={t("queue.title")} />
        <div className="max-w-2xl">
          <SecondFactorRequired isEnrolled={user.mfaEnrolled} role={user.role} />
        </div>
      </>
    );
  }
  const [tValidation, format] = await Promise.all([getTranslations("validation"), getFormat()]);
  const raw = firstValues(await searchParams);
  const { filter, fieldErrors } = parseFilter(ZQueueFilterSchema, raw);
  const errors = translateFieldErrors(fieldErrors, tValidation);
  const today = todayInBrussels();
  const [page, counts, teams] = await Promise.all([
    findQueueItems(user, filter, today),
    countQueueItems(user, filter, today),
    findRegionTeams(user),
  ]);
  const { cursor: _cursor, ...active } = filter;
  const { kind: _kind, ...withoutKind } = active;
  const date = (iso: string) => format.date(iso);
  const locale = user.locale;

  const reason = (item: QueueItem): string => {
    if (item.rule && item.anchorDate && item.dueDate)
      return reasonFor(
        {
          rule: item.rule,
          variant: (item.variant ?? "DEFAULT") as never,
          anchorDate: item.anchorDate,
          dueDate: item.dueDate,
        },
        locale,
      );
    if (item.isAssessmentReview && item.anchorDate)
      return t("queue.assessmentReviewReason", { assessed: date(item.anchorDate), due: date(item.sortDate) });
    return t("queue.questionnaireReason", { date: date(item.sortDate) });
  };

  const tabs: { kind: QueueKind | null; label: string; count: number; overdue: number }[] = [
    { kind: null, label: t("queue.kinds.ALL"), count: counts.total, overdue: 0 },
    ...QUEUE_KINDS.map((kind) => ({
      kind,
      label: t(`queue.kinds.${kind}`),
      count: counts.byKind[kind].count,
      overdue: counts.byKind[kind].overdue,
    })),
  ];

  return (
    <>
      <PageHeader title={t("queue.title")} description={t("queue.description")} />
      <nav aria-label={t("queue.queues")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => {
            const isCurrent = (filter.kind ?? null) === tab.kind;
            return (
              <li key={tab.kind ?? "ALL"}>
                <Link
                  href={withQuery("/queue", { ...withoutKind, kind: tab.kind })}
                  aria-current={isCurrent ? "page" : undefined}
                  data-testid={`queue-tab-${tab.kind ?? "ALL"}`}
                  className={cn(
                    "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm no-underline hover:no-underline",
                    isCurrent
                      ? "border-brand-700 bg-brand-700 text-white"
                      : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
                  )}
                >
                  {tab.label}
                  <span className="rounded bg-white/20 px-1.5 font-semibold" data-testid="queue-count">
                    {tab.count}
                  </span>
                  {tab.overdue ? (
                    <span className="sr-only">{t("queue.overdueCount", { count: tab.overdue })}</span>
                  ) : null}
                  {tab.overdue ? (
                    <span aria-hidden="true" className="text-xs">
                      ({t("queue.overdueShort", { count: tab.overdue })})
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <FilterBar
        label={t("common.filter")}
        submitLabel={t("common.filter")}
        clearHref={withQuery("/queue", { kind: filter.kind })}
        clearLabel={t("common.clearFilters")}
        errorSummary={Object.keys(errors).length ? t("common.filtersNotApplied") : undefined}
      >
        {filter.kind ? <input type="hidden" name="kind" value={filter.kind} /> : null}
        <FilterField id="q" label={t("queue.filters.member")} error={errors.q}>
          <Input id="q" name="q" type="search" defaultValue={filter.q ?? raw.q ?? ""} />
        </FilterField>
        <FilterField id="teamId" label={t("queue.filters.team")} error={errors.teamId}>
          <Select id="teamId" name="teamId" defaultValue={filter.teamId ?? ""}>
            <option value="">{t("common.all")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField id="due" label={t("queue.filters.due")} error={errors.due}>
          <Select id="due" name="due" defaultValue={filter.due ?? ""}>
            <option value="">{t("queue.filters.dueAny")}</option>
            {DUE_WINDOWS.map((window) => (
              <option key={window} value={window}>
                {t(`queue.filters.dueWindow.${window}`)}
              </option>
            ))}
          </Select>
        </FilterField>
      </FilterBar>
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700" role="status">
          {t("queue.empty")}
        </p>
      ) : (
        <Table caption={t("queue.caption")}>
          <THead>
            <TR>
              <TH>{t("queue.columns.due")}</TH>
              <TH>{t("queue.columns.kind")}</TH>
              <TH>{t("queue.columns.member")}</TH>
              <TH>{t("queue.columns.why")}</TH>
              <TH>
                <span className="sr-only">{t("common.actions")}</span>
              </TH>
            </TR>
          </THead>
          <TBody>
            {page.items.map((item) => {
              const urgency = urgencyOf(item.dueDate, today);
              return (
                <TR key={`${item.kind}-${item.itemId}`} data-testid="queue-row" data-kind={item.kind}>
                  <TD className="whitespace-nowrap">
                    <span className="block">
                      {item.dueDate ? date(item.dueDate) : t("queue.since", { date: date(item.sortDate) })}
                    </span>
                    <Badge tone={URGENCY_TONE[urgency]}>{t(`queue.urgency.${urgency}`)}</Badge>
                  </TD>
                  <TD>
                    {item.isAssessmentReview
                      ? t("queue.kinds.ASSESSMENT_REVIEW")
                      : t(`queue.kinds.${item.kind}`)}
                    {item.requestedWeeklyHours !== null && item.activityStart ? (
                      <span className="block text-xs text-slate-600">
                        {t("queue.activityDetail", {
                          start: date(item.activityStart),
                          hours: format.number(item.requestedWeeklyHours, "decimal2"),
                        })}
                      </span>
                    ) : null}
                  </TD>
                  <TD>
                    <span className="font-medium">
                      {item.lastName} {item.firstName}
                    </span>
                    <span className="block text-xs text-slate-600">{item.teamName}</span>
                  </TD>
                  <TD className="max-w-md text-slate-700">{reason(item)}</TD>
                  <TD className="whitespace-nowrap">
                    <Link
                      href={workHref(item)}
                      aria-label={`${t("common.label", { label: t(`queue.action.${item.isAssessmentReview ? "ASSESSMENT_REVIEW" : item.kind}`) })} ${item.lastName} ${item.firstName}`}
                    >
                      {t(`queue.action.${item.isAssessmentReview ? "ASSESSMENT_REVIEW" : item.kind}`)}
                    </Link>
                  </TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
      <KeysetPagination path="/queue" query={active} cursor={filter.cursor} nextCursor={page.nextCursor} />
    </>
  );
}
