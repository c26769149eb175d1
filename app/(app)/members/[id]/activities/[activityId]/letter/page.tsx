import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { LetterView } from "@/components/medical/letter-view";
import { PrintButton } from "@/components/ui/print-button";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { requirePermission } from "@/lib/auth/session";
import { buildDecisionLetter, letterLanguageOf } from "@/lib/letters/content";
import { ZLetterQuerySchema } from "@/lib/letters/schemas";
import { getLetterInput } from "@/lib/letters/queries";
import { LETTER_LANGUAGES, type LetterLanguage } from "@/lib/letters/texts";
import { firstValues, withQuery } from "@/lib/url";
import { z } from "@/lib/validation";

export async function generateMetadata() {
  const t = await getTranslations("letter");
  return { title: t("title") };
}

/** The decision letter for the member, in the member's language by default: print it or download the PDF. */
export default async function LetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; activityId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("member.read");
  const { id, activityId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(activityId).success) notFound();
  const query = ZLetterQuerySchema.safeParse(firstValues(await searchParams));
  const { decision, lang } = query.success ? query.data : {};
  const found = await getLetterInput(user, id, activityId, decision);
  if (!found) notFound();
  const memberLanguage = letterLanguageOf(found.input.member.language);
  const language: LetterLanguage = lang ?? memberLanguage;
  const letter = buildDecisionLetter(found.input, language);
  const t = await getTranslations();
  const pdfHref = withQuery(`/members/${id}/activities/${activityId}/letter/pdf`, {
    decision: found.decisionId,
    lang: language,
  });
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link href={`/members/${id}/activities/${activityId}`}>← {t("letter.back")}</Link>
          </p>
          <h2 className="mt-1">{t("letter.title")}</h2>
          <p className="mt-1 text-sm text-slate-600">
            {t("letter.memberLanguage", { language: t(`enums.memberLanguage.${memberLanguage}`) })}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <form method="get" className="flex items-end gap-2" aria-label={t("letter.languageForm")}>
            <input type="hidden" name="decision" value={found.decisionId} />
            <div className="flex flex-col gap-1">
              <label htmlFor="lang" className="text-xs font-medium text-slate-700">
                {t("letter.language")}
              </label>
              <Select id="lang" name="lang" defaultValue={language} className="w-40">
                {LETTER_LANGUAGES.map((value) => (
                  <option key={value} value={value}>
                    {t(`enums.memberLanguage.${value}`)}
                  </option>
                ))}
              </Select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {t("letter.show")}
            </button>
          </form>
          <PrintButton label={t("common.print")} />
          <a href={pdfHref} className={buttonClass("primary")} download>
            {t("letter.downloadPdf")}
          </a>
        </div>
      </div>
      <LetterView letter={letter} />
    </div>
  );
}
