import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { getFormat } from "@/lib/i18n/server-format";
import type { MemberHeader } from "@/lib/members/queries";

/** Identity, age, statute, employer, phase and day count, category and coordinator of a member. */
export async function MemberHeaderCard({ header }: { header: MemberHeader }) {
  const t = await getTranslations();
  const format = await getFormat();
  const date = (value: string) => format.date(value);
  const { incapacity } = header;
  return (
    <section
      aria-labelledby="member-name"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="member-name">
            {header.firstName} {header.lastName}
          </h1>
          <p className="mt-1 text-sm text-slate-600" data-testid="member-identity">
            {t("memberFile.header.insz")} {header.insz}
            {header.externalId ? ` · ${t("memberFile.header.externalId")} ${header.externalId}` : ""} ·{" "}
            {t("memberFile.header.born", { date: date(header.birthDate), age: header.age })} ·{" "}
            {t(`enums.sex.${header.sex}`)} · {t(`enums.memberLanguage.${header.language}`)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2" data-testid="member-badges">
          {incapacity && !incapacity.endDate ? (
            <Badge tone={incapacity.phase === "INVALIDITY" ? "warning" : "info"}>
              {t(`enums.phase.${incapacity.phase}`)} ·{" "}
              {t("memberFile.header.day", { count: incapacity.dayCount })}
            </Badge>
          ) : (
            <Badge>{t("memberFile.header.notInIncapacity")}</Badge>
          )}
          <Badge tone={header.category === 4 ? "success" : "neutral"}>
            {t("common.label", { label: t("memberFile.header.category") })}{" "}
            {header.category ? header.category : t("enums.category.NONE")}
          </Badge>
          {header.trajectory ? (
            <Badge tone="info">{t(`enums.trajectoryStatus.${header.trajectory.status}`)}</Badge>
          ) : null}
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("memberFile.header.statute")}</dt>
          <dd>
            {t(`enums.statute.${header.statute}`)}
            {header.workType ? ` · ${t(`enums.workType.${header.workType}`)}` : ""}
            {header.workRegime ? ` · ${t(`enums.workRegime.${header.workRegime}`)}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("memberFile.header.employer")}</dt>
          <dd>
            {header.employer
              ? `${header.employer.name}${header.employer.kbo ? ` (${header.employer.kbo})` : ""}`
              : "—"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("memberFile.header.incapacitySince")}</dt>
          <dd>
            {incapacity ? date(incapacity.episodeStart) : "—"}
            {incapacity?.endDate ? ` – ${date(incapacity.endDate)}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("memberFile.header.coordinator")}</dt>
          <dd>
            {header.coordinator?.name ?? "—"} · {header.team.name}
          </dd>
        </div>
      </dl>
    </section>
  );
}
