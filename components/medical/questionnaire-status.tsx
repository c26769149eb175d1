import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { getFormat } from "@/lib/i18n/server-format";
import type { QuestionnaireView } from "@/lib/medical/queries";

/** Sent, due, back (and read by whom) — the questionnaire's dates, never its answers. */
export async function QuestionnaireStatus({ questionnaire }: { questionnaire: QuestionnaireView | null }) {
  const t = await getTranslations("medical");
  const format = await getFormat();
  if (!questionnaire) return <p className="text-sm text-slate-600">{t("questionnaireNotSent")}</p>;
  const date = (iso: string) => format.date(iso);
  return (
    <dl
      className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm"
      data-testid="questionnaire-status"
    >
      <dt className="text-slate-600">{t("questionnaireSent")}</dt>
      <dd>{date(questionnaire.sentDate)}</dd>
      <dt className="text-slate-600">{t("questionnaireDue")}</dt>
      <dd>{date(questionnaire.dueDate)}</dd>
      <dt className="text-slate-600">{t("questionnaireReturned")}</dt>
      <dd>
        {questionnaire.returnedDate ? date(questionnaire.returnedDate) : t("questionnaireNotBack")}{" "}
        {questionnaire.returnedDate ? (
          questionnaire.readAt ? (
            <Badge tone="success">
              {t("questionnaireRead", {
                name: questionnaire.readBy ?? "—",
                date: format.date(questionnaire.readAt),
              })}
            </Badge>
          ) : (
            <Badge tone="warning">{t("questionnaireUnread")}</Badge>
          )
        ) : null}
      </dd>
      {questionnaire.helpOfferedDate ? (
        <>
          <dt className="text-slate-600">{t("questionnaireHelp")}</dt>
          <dd>{date(questionnaire.helpOfferedDate)}</dd>
        </>
      ) : null}
    </dl>
  );
}
