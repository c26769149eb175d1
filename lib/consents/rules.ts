// V11: no referral and no third-party contact without the member's valid consent. Pure.
import type { ISODate } from "@/lib/dates";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

export type ThirdParty =
  | "EMPLOYER"
  | "OCCUPATIONAL_PHYSICIAN"
  | "TREATING_PHYSICIAN"
  | "EMPLOYMENT_SERVICE"
  | "TRAINING_PROVIDER"
  | "GTB"
  | "CAREER_GUIDANCE"
  | "OTHER";

/** The third party a contact is with; null for the member and the fund's own advising physician. */
export const CONTACT_PARTY_CONSENT: Readonly<Record<string, ThirdParty | null>> = {
  MEMBER: null,
  ADVISING_PHYSICIAN: null,
  EMPLOYER: "EMPLOYER",
  OCCUPATIONAL_PHYSICIAN: "OCCUPATIONAL_PHYSICIAN",
  TREATING_PHYSICIAN: "TREATING_PHYSICIAN",
  EMPLOYMENT_SERVICE: "EMPLOYMENT_SERVICE",
  GTB: "GTB",
  CAREER_GUIDANCE: "CAREER_GUIDANCE",
  OTHER: "OTHER",
};

/** The third party a referral goes to; null for the fund's own advising physician. */
export const REFERRAL_TARGET_CONSENT: Readonly<Record<string, ThirdParty | null>> = {
  OCCUPATIONAL_PHYSICIAN: "OCCUPATIONAL_PHYSICIAN",
  VDAB: "EMPLOYMENT_SERVICE",
  FOREM: "EMPLOYMENT_SERVICE",
  ACTIRIS: "EMPLOYMENT_SERVICE",
  ADG: "EMPLOYMENT_SERVICE",
  GTB: "GTB",
  CAREER_GUIDANCE: "CAREER_GUIDANCE",
  ADVISING_PHYSICIAN: null,
  GP_PSYCHOLOGIST_PARAMEDIC: "TREATING_PHYSICIAN",
  EMPLOYER: "EMPLOYER",
  OTHER: "OTHER",
};

export interface ConsentRecord {
  party: ThirdParty;
  givenDate: ISODate;
  withdrawnDate: ISODate | null;
}

/** Valid on `date`: given on or before it and not withdrawn by then. */
export function isConsentValid(consent: ConsentRecord, date: ISODate): boolean {
  return consent.givenDate <= date && (!consent.withdrawnDate || consent.withdrawnDate > date);
}

export function hasValidConsent(consents: ConsentRecord[], party: ThirdParty, date: ISODate): boolean {
  return consents.some((consent) => consent.party === party && isConsentValid(consent, date));
}

/**
 * The purpose of a consent in the reader's language: a code's own wording, or the coordinator's words for
 * "OTHER" (a purpose stored as text would stay in the language of whoever recorded it, issue 11).
 */
export function consentPurposeText(
  consent: { purposeCode: ConsentPurpose; purpose: string | null },
  t: (key: `enums.consentPurpose.${ConsentPurpose}`) => string,
): string {
  return consent.purposeCode === "OTHER" && consent.purpose
    ? consent.purpose
    : t(`enums.consentPurpose.${consent.purposeCode}`);
}
