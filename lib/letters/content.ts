// The decision letter for the member, pure: from the facts of one authorised-activity decision to the text,
// in the member's language. What goes in: the decision, its dates, the hours and conditions, the benefit
// effect (V17) and a late request's consequence (V13). What cannot go in: anything medical — the input type
// has no diagnosis, no notes and no certificate, so no caller can pass them by mistake.
import { benefitEffect, latenessOf, workFraction, type DecisionKind } from "@/lib/activities/rules";
import type { ISODate } from "@/lib/dates";
import { formatFor } from "@/lib/i18n/format";
import { LETTER_LANGUAGES, LETTER_TEXTS, type LetterLanguage } from "@/lib/letters/texts";

export type { DecisionKind };

export interface LetterInput {
  member: {
    firstName: string;
    lastName: string;
    insz: string;
    address: string | null;
    postalCode: string;
    municipality: string | null;
    statute: string;
    language: string;
  };
  sender: { teamName: string; physicianName: string };
  activity: {
    id: string;
    requestReceivedDate: ISODate;
    startDate: ISODate;
    natureOfWork: string;
    requestedWeeklyHours: number;
    referenceWeeklyHours: number;
    employerName: string | null;
  };
  decision: {
    kind: DecisionKind;
    decisionDate: ISODate;
    authorisedWeeklyHours: number | null;
    conditions: string | null;
    validUntil: ISODate | null;
    nextReviewDate: ISODate | null;
    refusalReason: string | null;
  };
}

export interface Letter {
  language: LetterLanguage;
  /** BCP 47 tag for the page's lang attribute. */
  lang: string;
  sender: string[];
  recipient: string[];
  date: string;
  references: string[];
  subject: string;
  salutation: string;
  paragraphs: string[];
  facts: { label: string; value: string }[];
  closing: string[];
  signOff: string;
  signature: string[];
}

/** The member's language when a letter exists in it; Dutch otherwise (the fund's default). */
export function letterLanguageOf(memberLanguage: string): LetterLanguage {
  return (LETTER_LANGUAGES as readonly string[]).includes(memberLanguage)
    ? (memberLanguage as LetterLanguage)
    : "nl";
}

/** The interface's formats (lib/i18n/format.ts): a letter writes dates and numbers as the screens do. */
function formatters(language: LetterLanguage) {
  const format = formatFor(language);
  return {
    date: (iso: ISODate) => format.date(iso),
    number: (value: number) => format.number(value, "decimal2"),
  };
}

export function buildDecisionLetter(
  input: LetterInput,
  language = letterLanguageOf(input.member.language),
): Letter {
  const t = LETTER_TEXTS[language];
  const f = formatters(language);
  const { activity, decision, member } = input;
  const isRefusal = decision.kind === "REFUSED";
  const name = `${member.firstName} ${member.lastName}`;
  const common = {
    decisionDate: f.date(decision.decisionDate),
    received: f.date(activity.requestReceivedDate),
    nature: activity.natureOfWork,
    start: f.date(activity.startDate),
  };

  const paragraphs: string[] = [];
  switch (decision.kind) {
    case "AUTHORISED":
      paragraphs.push(t.decided.AUTHORISED(common));
      break;
    case "AUTHORISED_FEWER_HOURS":
      paragraphs.push(
        t.decided.AUTHORISED_FEWER_HOURS({
          ...common,
          requested: f.number(activity.requestedWeeklyHours),
          authorised: f.number(decision.authorisedWeeklyHours ?? activity.requestedWeeklyHours),
        }),
      );
      break;
    case "REFUSED":
      paragraphs.push(t.decided.REFUSED(common));
      if (decision.refusalReason) paragraphs.push(t.refusalReason(decision.refusalReason));
      paragraphs.push(t.refusalStop);
      break;
    case "RENEWED":
      paragraphs.push(
        t.decided.RENEWED({
          decisionDate: common.decisionDate,
          nature: common.nature,
          validUntil: decision.validUntil ? f.date(decision.validUntil) : "—",
        }),
      );
      break;
    case "REVIEWED":
      paragraphs.push(t.decided.REVIEWED({ decisionDate: common.decisionDate, nature: common.nature }));
      break;
  }

  // V13: a late request costs benefit from the start until the day it was received, whatever the decision.
  const lateness = latenessOf(activity.requestReceivedDate, activity.startDate);
  const isFirstDecision = decision.kind !== "RENEWED" && decision.kind !== "REVIEWED";
  if (isFirstDecision && lateness.affected) {
    paragraphs.push(
      lateness.lateness === "LATE_REDUCED"
        ? t.lateReduced({
            received: f.date(activity.requestReceivedDate),
            onTimeUntil: f.date(lateness.onTimeUntil),
            start: f.date(activity.startDate),
          })
        : t.lateNoBenefit({
            received: f.date(activity.requestReceivedDate),
            start: f.date(activity.startDate),
          }),
    );
  }

  const facts: Letter["facts"] = [];
  facts.push({ label: t.facts.nature, value: activity.natureOfWork });
  if (activity.employerName) facts.push({ label: t.facts.employer, value: activity.employerName });
  facts.push({ label: t.facts.start, value: f.date(activity.startDate) });
  if (!isRefusal && decision.authorisedWeeklyHours !== null) {
    const fraction = workFraction(decision.authorisedWeeklyHours, activity.referenceWeeklyHours);
    facts.push({
      label: t.facts.hours,
      value: t.facts.hoursValue({
        hours: f.number(decision.authorisedWeeklyHours),
        reference: f.number(activity.referenceWeeklyHours),
        fraction: f.number(fraction),
      }),
    });
    if (decision.validUntil) facts.push({ label: t.facts.validUntil, value: f.date(decision.validUntil) });
    if (decision.nextReviewDate)
      facts.push({ label: t.facts.nextReview, value: f.date(decision.nextReviewDate) });
    facts.push({ label: t.facts.conditions, value: decision.conditions?.trim() || t.facts.noConditions });
    // V17 is the employees' rule (since 1 April 2018); other statutes are computed differently.
    if (member.statute === "EMPLOYEE") {
      const effect = benefitEffect(fraction);
      facts.push({
        label: t.facts.benefit,
        value:
          effect.reductionPercent === 0
            ? t.facts.benefitFull(f.number(fraction))
            : t.facts.benefitReduced({
                fraction: f.number(fraction),
                reduction: effect.reductionPercent,
                remaining: effect.benefitPercent,
              }),
      });
    }
  }

  const closing = isRefusal ? [t.appeal] : [t.maximum, t.changes, t.appeal];
  const place = member.municipality ? `${member.postalCode} ${member.municipality}` : member.postalCode;
  return {
    language,
    lang: t.intl,
    sender: [input.sender.teamName],
    recipient: [name, ...(member.address ? [member.address] : []), place],
    date: f.date(decision.decisionDate),
    references: [t.insz(member.insz), t.reference(activity.id.slice(0, 8).toUpperCase())],
    subject: t.subject,
    salutation: t.salutation(name),
    paragraphs,
    facts,
    closing,
    signOff: t.signOff,
    signature: [input.sender.physicianName, t.physicianRole],
  };
}

/** Every line of the letter in reading order (the PDF and tests walk this). */
export function letterLines(letter: Letter): string[] {
  return [
    ...letter.sender,
    ...letter.recipient,
    letter.date,
    ...letter.references,
    letter.subject,
    letter.salutation,
    ...letter.paragraphs,
    ...letter.facts.map((fact) => LETTER_TEXTS[letter.language].labelValue(fact.label, fact.value)),
    ...letter.closing,
    letter.signOff,
    ...letter.signature,
  ];
}
