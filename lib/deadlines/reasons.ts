// Why each deadline exists, in the user's language — generated from the rule and its dates, so that every
// screen, export and letter says the same thing. Pure.
import type { Deadline, DeadlineRule } from "@/lib/deadlines/rules";
import { diffDays } from "@/lib/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { formatFor } from "@/lib/i18n/format";

/** Reasons exist in every interface language. */
export type ReasonLocale = AppLocale;

/** `days`: from the anchor to the due date, so a reason that counts days always matches its own dates. */
type Template = (d: { anchor: string; due: string; days: number }) => string;
type Variants = Partial<Record<Deadline["variant"], Template>> & { DEFAULT: Template };

const REASONS: Record<DeadlineRule, Record<ReasonLocale, Variants>> = {
  QUESTIONNAIRE_SENT: {
    en: {
      DEFAULT: ({ anchor, days }) =>
        `Questionnaire to be sent in week 10: ${days} days after the incapacity started on ${anchor}.`,
    },
    nl: {
      DEFAULT: ({ anchor, days }) =>
        `Vragenlijst te versturen in week 10: ${days} dagen na het begin van de arbeidsongeschiktheid op ${anchor}.`,
    },
    fr: {
      DEFAULT: ({ anchor, days }) =>
        `Questionnaire à envoyer la 10e semaine : ${days} jours après le début de l'incapacité le ${anchor}.`,
    },
    de: {
      DEFAULT: ({ anchor, days }) =>
        `Fragebogen in Woche 10 zu versenden: ${days} Tage nach Beginn der Arbeitsunfähigkeit am ${anchor}.`,
    },
  },
  QUESTIONNAIRE_RETURN: {
    en: {
      DEFAULT: ({ anchor, days }) =>
        `Questionnaire due ${days} days after it was sent on ${anchor}; if it is not back, help the member fill it in.`,
    },
    nl: {
      DEFAULT: ({ anchor, days }) =>
        `Vragenlijst terug verwacht ${days} dagen na verzending op ${anchor}; is ze niet terug, help het lid ze invullen.`,
    },
    fr: {
      DEFAULT: ({ anchor, days }) =>
        `Questionnaire attendu ${days} jours après son envoi le ${anchor} ; s'il n'est pas revenu, aidez le membre à le remplir.`,
    },
    de: {
      DEFAULT: ({ anchor, days }) =>
        `Fragebogen ${days} Tage nach dem Versand am ${anchor} zurück erwartet; ist er nicht zurück, helfen Sie dem Mitglied beim Ausfüllen.`,
    },
  },
  FIRST_CATEGORY: {
    en: {
      DEFAULT: ({ anchor, days }) =>
        `First residual-capacity category due in month 4: ${days} days after the incapacity started on ${anchor}.`,
      PRE_TNW: ({ anchor }) =>
        `First analysis (quick-scan) due 2 months after the incapacity was declared on ${anchor} (rules before 2022).`,
    },
    nl: {
      DEFAULT: ({ anchor, days }) =>
        `Eerste indeling van de restcapaciteiten verwacht in maand 4: ${days} dagen na het begin van de arbeidsongeschiktheid op ${anchor}.`,
      PRE_TNW: ({ anchor }) =>
        `Eerste analyse (quickscan) verwacht 2 maanden na de aangifte van de arbeidsongeschiktheid op ${anchor} (regels van vóór 2022).`,
    },
    fr: {
      DEFAULT: ({ anchor, days }) =>
        `Première catégorie des capacités restantes attendue au 4e mois : ${days} jours après le début de l'incapacité le ${anchor}.`,
      PRE_TNW: ({ anchor }) =>
        `Première analyse (quickscan) attendue 2 mois après la déclaration de l'incapacité le ${anchor} (règles d'avant 2022).`,
    },
    de: {
      DEFAULT: ({ anchor, days }) =>
        `Erste Einstufung der Restfähigkeiten fällig im 4. Monat: ${days} Tage nach Beginn der Arbeitsunfähigkeit am ${anchor}.`,
      PRE_TNW: ({ anchor }) =>
        `Erste Analyse (Quickscan) fällig 2 Monate nach der Meldung der Arbeitsunfähigkeit am ${anchor} (Regeln vor 2022).`,
    },
  },
  FIRST_CONTACT: {
    en: {
      DEFAULT: ({ anchor }) =>
        `First contact due within a month of the advising physician's go-ahead on ${anchor}.`,
      MEMBER_REQUEST: ({ anchor }) =>
        `First contact due within a month of the member's request on ${anchor}.`,
    },
    nl: {
      DEFAULT: ({ anchor }) =>
        `Eerste contact binnen een maand na het akkoord van de adviserend arts op ${anchor}.`,
      MEMBER_REQUEST: ({ anchor }) => `Eerste contact binnen een maand na de vraag van het lid op ${anchor}.`,
    },
    fr: {
      DEFAULT: ({ anchor }) =>
        `Premier contact dans le mois qui suit l'accord du médecin-conseil le ${anchor}.`,
      MEMBER_REQUEST: ({ anchor }) =>
        `Premier contact dans le mois qui suit la demande du membre le ${anchor}.`,
    },
    de: {
      DEFAULT: ({ anchor }) =>
        `Erster Kontakt binnen eines Monats nach der Zustimmung des beratenden Arztes am ${anchor}.`,
      MEMBER_REQUEST: ({ anchor }) =>
        `Erster Kontakt binnen eines Monats nach der Anfrage des Mitglieds am ${anchor}.`,
    },
  },
  REFERRAL_RESPONSE: {
    en: {
      DEFAULT: ({ anchor, due }) =>
        `Answer to the referral sent on ${anchor} expected by ${due}; follow it up if it stays silent.`,
    },
    nl: {
      DEFAULT: ({ anchor, due }) =>
        `Antwoord op de doorverwijzing van ${anchor} verwacht tegen ${due}; volg op als het stil blijft.`,
    },
    fr: {
      DEFAULT: ({ anchor, due }) =>
        `Réponse à l'orientation envoyée le ${anchor} attendue pour le ${due} ; relancez si elle reste sans suite.`,
    },
    de: {
      DEFAULT: ({ anchor, due }) =>
        `Antwort auf die am ${anchor} versandte Weiterleitung bis zum ${due} erwartet; fassen Sie nach, wenn keine Antwort kommt.`,
    },
  },
  ACTIVITY_DECISION: {
    en: {
      DEFAULT: ({ anchor }) =>
        `Decision due within 30 working days of the start of the authorised activity on ${anchor} (public holidays excluded).`,
      SELF_EMPLOYED: ({ anchor }) =>
        `A self-employed member needs the decision before starting the activity on ${anchor}.`,
    },
    nl: {
      DEFAULT: ({ anchor }) =>
        `Beslissing binnen 30 werkdagen na de start van de toegelaten activiteit op ${anchor} (feestdagen niet meegeteld).`,
      SELF_EMPLOYED: ({ anchor }) =>
        `Een zelfstandige heeft de beslissing nodig vóór de start van de activiteit op ${anchor}.`,
    },
    fr: {
      DEFAULT: ({ anchor }) =>
        `Décision dans les 30 jours ouvrables suivant le début de l'activité autorisée le ${anchor} (jours fériés exclus).`,
      SELF_EMPLOYED: ({ anchor }) =>
        `Un indépendant a besoin de la décision avant de commencer l'activité le ${anchor}.`,
    },
    de: {
      DEFAULT: ({ anchor }) =>
        `Entscheidung binnen 30 Werktagen nach Beginn der erlaubten Tätigkeit am ${anchor} (ohne Feiertage).`,
      SELF_EMPLOYED: ({ anchor }) =>
        `Ein Selbstständiger braucht die Entscheidung vor Beginn der Tätigkeit am ${anchor}.`,
    },
  },
  ACTIVITY_REVIEW: {
    en: {
      DEFAULT: ({ anchor }) => `Review due 6 months after the decision of ${anchor}.`,
      SET_REVIEW: ({ anchor, due }) => `Review on ${due}, as set in the decision of ${anchor}.`,
    },
    nl: {
      DEFAULT: ({ anchor }) => `Herziening 6 maanden na de beslissing van ${anchor}.`,
      SET_REVIEW: ({ anchor, due }) =>
        `Herziening op ${due}, zoals vastgelegd in de beslissing van ${anchor}.`,
    },
    fr: {
      DEFAULT: ({ anchor }) => `Réévaluation 6 mois après la décision du ${anchor}.`,
      SET_REVIEW: ({ anchor, due }) => `Réévaluation le ${due}, comme fixé dans la décision du ${anchor}.`,
    },
    de: {
      DEFAULT: ({ anchor }) => `Überprüfung 6 Monate nach der Entscheidung vom ${anchor}.`,
      SET_REVIEW: ({ anchor, due }) =>
        `Überprüfung am ${due}, wie in der Entscheidung vom ${anchor} festgelegt.`,
    },
  },
  AUTHORISATION_EXPIRY: {
    en: {
      DEFAULT: ({ anchor, due }) =>
        `The authorisation of ${anchor} is valid until ${due} (at most two years a grant); renew or end it.`,
    },
    nl: {
      DEFAULT: ({ anchor, due }) =>
        `De toelating van ${anchor} geldt tot ${due} (hoogstens twee jaar per toelating); hernieuw of beëindig ze.`,
    },
    fr: {
      DEFAULT: ({ anchor, due }) =>
        `L'autorisation du ${anchor} est valable jusqu'au ${due} (deux ans maximum par autorisation) ; renouvelez-la ou mettez-y fin.`,
    },
    de: {
      DEFAULT: ({ anchor, due }) =>
        `Die Erlaubnis vom ${anchor} gilt bis zum ${due} (höchstens zwei Jahre je Erlaubnis); verlängern oder beenden Sie sie.`,
    },
  },
  PHASE_INVALIDITY: {
    en: {
      DEFAULT: ({ anchor }) => `Primary incapacity becomes invalidity one year after the start on ${anchor}.`,
    },
    nl: {
      DEFAULT: ({ anchor }) =>
        `Primaire arbeidsongeschiktheid wordt invaliditeit een jaar na het begin op ${anchor}.`,
    },
    fr: {
      DEFAULT: ({ anchor }) => `L'incapacité primaire devient invalidité un an après le début le ${anchor}.`,
    },
    de: {
      DEFAULT: ({ anchor }) =>
        `Die primäre Arbeitsunfähigkeit wird ein Jahr nach dem Beginn am ${anchor} zur Invalidität.`,
    },
  },
};

export function reasonFor(
  deadline: Pick<Deadline, "rule" | "variant" | "anchorDate" | "dueDate">,
  locale: ReasonLocale,
): string {
  const variants = REASONS[deadline.rule][locale];
  const template = variants[deadline.variant] ?? variants.DEFAULT;
  return template({
    anchor: formatFor(locale).date(deadline.anchorDate),
    due: formatFor(locale).date(deadline.dueDate),
    days: diffDays(deadline.anchorDate, deadline.dueDate),
  });
}
