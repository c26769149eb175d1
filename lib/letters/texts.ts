// The wording of the decision letter in the member's language (Member.language: nl, fr, de, en). Plain
// language for the member; nothing medical — the letter only ever receives the decision's facts.
/** The languages a decision letter exists in (the member's language when it is one of them). */
export const LETTER_LANGUAGES = ["nl", "fr", "de", "en"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export interface LetterTexts {
  intl: string;
  subject: string;
  reference: (ref: string) => string;
  insz: (insz: string) => string;
  salutation: (name: string) => string;
  physicianRole: string;
  /** "Label: value" with the language's spacing (French: a no-break space before the colon). */
  labelValue: (label: string, value: string) => string;
  decided: {
    AUTHORISED: (d: { decisionDate: string; received: string; nature: string; start: string }) => string;
    AUTHORISED_FEWER_HOURS: (d: {
      decisionDate: string;
      received: string;
      nature: string;
      start: string;
      requested: string;
      authorised: string;
    }) => string;
    REFUSED: (d: { decisionDate: string; received: string; nature: string; start: string }) => string;
    RENEWED: (d: { decisionDate: string; nature: string; validUntil: string }) => string;
    REVIEWED: (d: { decisionDate: string; nature: string }) => string;
  };
  refusalReason: (reason: string) => string;
  refusalStop: string;
  facts: {
    nature: string;
    employer: string;
    start: string;
    hours: string;
    hoursValue: (d: { hours: string; reference: string; fraction: string }) => string;
    validUntil: string;
    nextReview: string;
    conditions: string;
    noConditions: string;
    benefit: string;
    benefitFull: (fraction: string) => string;
    benefitReduced: (d: { fraction: string; reduction: number; remaining: number }) => string;
  };
  lateReduced: (d: { received: string; onTimeUntil: string; start: string }) => string;
  lateNoBenefit: (d: { received: string; start: string }) => string;
  maximum: string;
  changes: string;
  appeal: string;
  signOff: string;
}

export const LETTER_TEXTS: Record<LetterLanguage, LetterTexts> = {
  nl: {
    intl: "nl-BE",
    subject: "Beslissing over uw aanvraag voor een toegelaten activiteit (progressieve werkhervatting)",
    reference: (ref) => `Referentie: ${ref}`,
    insz: (insz) => `Rijksregisternummer: ${insz}`,
    salutation: (name) => `Beste ${name},`,
    physicianRole: "adviserend arts",
    labelValue: (label, value) => `${label}: ${value}`,
    decided: {
      AUTHORISED: (d) =>
        `Op ${d.decisionDate} heeft de adviserend arts de activiteit toegelaten die u op ${d.received} aanvroeg: ${d.nature}, vanaf ${d.start}.`,
      AUTHORISED_FEWER_HOURS: (d) =>
        `Op ${d.decisionDate} heeft de adviserend arts de activiteit toegelaten die u op ${d.received} aanvroeg: ${d.nature}, vanaf ${d.start}, maar voor minder uren dan gevraagd: hoogstens ${d.authorised} uur per week in plaats van ${d.requested}.`,
      REFUSED: (d) =>
        `Op ${d.decisionDate} heeft de adviserend arts beslist de activiteit die u op ${d.received} aanvroeg (${d.nature}, vanaf ${d.start}) niet toe te laten.`,
      RENEWED: (d) =>
        `Op ${d.decisionDate} heeft de adviserend arts de toelating voor uw activiteit (${d.nature}) hernieuwd tot ${d.validUntil}.`,
      REVIEWED: (d) =>
        `Op ${d.decisionDate} heeft de adviserend arts de toelating voor uw activiteit (${d.nature}) herzien. Ze loopt verder onder de voorwaarden hieronder.`,
    },
    refusalReason: (reason) => `Reden: ${reason}`,
    refusalStop:
      "Bent u al begonnen, stop dan met deze activiteit. De uitkeringen voor de voorbije periode blijven behouden als u de formaliteiten hebt nageleefd.",
    facts: {
      nature: "Activiteit",
      employer: "Werkgever",
      start: "Begin",
      hours: "Toegelaten uren",
      hoursValue: (d) =>
        `hoogstens ${d.hours} uur per week (referentie ${d.reference} uur: tewerkstellingsbreuk ${d.fraction} %)`,
      validUntil: "Geldig tot",
      nextReview: "Volgende herziening uiterlijk op",
      conditions: "Voorwaarden",
      noConditions: "geen bijzondere voorwaarden",
      benefit: "Uitkering",
      benefitFull: (fraction) =>
        `Met een tewerkstellingsbreuk van ${fraction} % behoudt u uw volledige uitkering.`,
      benefitReduced: (d) =>
        `Met een tewerkstellingsbreuk van ${d.fraction} % wordt uw dagelijkse uitkering met ${d.reduction} % verminderd: u behoudt ${d.remaining} %.`,
    },
    lateReduced: (d) =>
      `Uw aanvraag kwam binnen op ${d.received}, na ${d.onTimeUntil}. Daarom wordt uw uitkering met 10 % verminderd van ${d.start} tot ${d.received}.`,
    lateNoBenefit: (d) =>
      `Uw aanvraag kwam binnen op ${d.received}, meer dan 14 dagen na het begin. Daarom ontvangt u geen uitkering van ${d.start} tot ${d.received}.`,
    maximum:
      "De toegelaten uren zijn een maximum. Elke wijziging van uren of dagen vraagt vooraf een nieuwe aanvraag.",
    changes:
      "De adviserend arts herziet de toelating minstens om de zes maanden en kan ze bij elke herziening intrekken.",
    appeal:
      "Bent u het niet eens met deze beslissing, dan kunt u binnen drie maanden na de kennisgeving beroep instellen bij de arbeidsrechtbank.",
    signOff: "Met vriendelijke groeten,",
  },
  fr: {
    intl: "fr-BE",
    subject: "Décision sur votre demande d'activité autorisée (reprise progressive du travail)",
    reference: (ref) => `Référence : ${ref}`,
    insz: (insz) => `Numéro de registre national : ${insz}`,
    salutation: () => "Madame, Monsieur,",
    physicianRole: "médecin-conseil",
    labelValue: (label, value) => `${label} : ${value}`,
    decided: {
      AUTHORISED: (d) =>
        `Le ${d.decisionDate}, le médecin-conseil a autorisé l'activité que vous avez demandée le ${d.received} : ${d.nature}, à partir du ${d.start}.`,
      AUTHORISED_FEWER_HOURS: (d) =>
        `Le ${d.decisionDate}, le médecin-conseil a autorisé l'activité que vous avez demandée le ${d.received} : ${d.nature}, à partir du ${d.start}, mais pour moins d'heures que demandé : au maximum ${d.authorised} heures par semaine au lieu de ${d.requested}.`,
      REFUSED: (d) =>
        `Le ${d.decisionDate}, le médecin-conseil a décidé de ne pas autoriser l'activité que vous avez demandée le ${d.received} (${d.nature}, à partir du ${d.start}).`,
      RENEWED: (d) =>
        `Le ${d.decisionDate}, le médecin-conseil a renouvelé l'autorisation de votre activité (${d.nature}) jusqu'au ${d.validUntil}.`,
      REVIEWED: (d) =>
        `Le ${d.decisionDate}, le médecin-conseil a réévalué l'autorisation de votre activité (${d.nature}). Elle se poursuit aux conditions ci-dessous.`,
    },
    refusalReason: (reason) => `Motif : ${reason}`,
    refusalStop:
      "Si vous avez déjà commencé, arrêtez cette activité. Les indemnités de la période écoulée restent acquises si vous avez respecté les formalités.",
    facts: {
      nature: "Activité",
      employer: "Employeur",
      start: "Début",
      hours: "Heures autorisées",
      hoursValue: (d) =>
        `au maximum ${d.hours} heures par semaine (référence ${d.reference} heures : fraction d'occupation ${d.fraction} %)`,
      validUntil: "Valable jusqu'au",
      nextReview: "Prochaine réévaluation au plus tard le",
      conditions: "Conditions",
      noConditions: "pas de conditions particulières",
      benefit: "Indemnité",
      benefitFull: (fraction) =>
        `Avec une fraction d'occupation de ${fraction} %, vous gardez la totalité de votre indemnité.`,
      benefitReduced: (d) =>
        `Avec une fraction d'occupation de ${d.fraction} %, votre indemnité journalière est réduite de ${d.reduction} % : vous en gardez ${d.remaining} %.`,
    },
    lateReduced: (d) =>
      `Votre demande nous est parvenue le ${d.received}, après le ${d.onTimeUntil}. Votre indemnité est donc réduite de 10 % du ${d.start} au ${d.received}.`,
    lateNoBenefit: (d) =>
      `Votre demande nous est parvenue le ${d.received}, plus de 14 jours après le début. Vous ne recevez donc pas d'indemnité du ${d.start} au ${d.received}.`,
    maximum:
      "Les heures autorisées sont un maximum. Toute modification des heures ou des jours demande au préalable une nouvelle demande.",
    changes:
      "Le médecin-conseil réévalue l'autorisation au moins tous les six mois et peut la retirer lors de chaque réévaluation.",
    appeal:
      "Si vous n'êtes pas d'accord avec cette décision, vous pouvez introduire un recours auprès du tribunal du travail dans les trois mois de sa notification.",
    signOff: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  },
  de: {
    intl: "de-BE",
    subject:
      "Entscheidung über Ihren Antrag auf eine erlaubte Tätigkeit (schrittweise Wiederaufnahme der Arbeit)",
    reference: (ref) => `Referenz: ${ref}`,
    insz: (insz) => `Nationalregisternummer: ${insz}`,
    salutation: (name) => `Guten Tag ${name},`,
    physicianRole: "beratender Arzt",
    labelValue: (label, value) => `${label}: ${value}`,
    decided: {
      AUTHORISED: (d) =>
        `Am ${d.decisionDate} hat der beratende Arzt die Tätigkeit erlaubt, die Sie am ${d.received} beantragt haben: ${d.nature}, ab dem ${d.start}.`,
      AUTHORISED_FEWER_HOURS: (d) =>
        `Am ${d.decisionDate} hat der beratende Arzt die Tätigkeit erlaubt, die Sie am ${d.received} beantragt haben: ${d.nature}, ab dem ${d.start}, jedoch für weniger Stunden als beantragt: höchstens ${d.authorised} Stunden pro Woche statt ${d.requested}.`,
      REFUSED: (d) =>
        `Am ${d.decisionDate} hat der beratende Arzt entschieden, die Tätigkeit, die Sie am ${d.received} beantragt haben (${d.nature}, ab dem ${d.start}), nicht zu erlauben.`,
      RENEWED: (d) =>
        `Am ${d.decisionDate} hat der beratende Arzt die Erlaubnis für Ihre Tätigkeit (${d.nature}) bis zum ${d.validUntil} verlängert.`,
      REVIEWED: (d) =>
        `Am ${d.decisionDate} hat der beratende Arzt die Erlaubnis für Ihre Tätigkeit (${d.nature}) überprüft. Sie gilt weiter unter den folgenden Bedingungen.`,
    },
    refusalReason: (reason) => `Grund: ${reason}`,
    refusalStop:
      "Wenn Sie bereits begonnen haben, beenden Sie diese Tätigkeit. Die Entschädigungen für den vergangenen Zeitraum bleiben erhalten, wenn Sie die Formalitäten eingehalten haben.",
    facts: {
      nature: "Tätigkeit",
      employer: "Arbeitgeber",
      start: "Beginn",
      hours: "Erlaubte Stunden",
      hoursValue: (d) =>
        `höchstens ${d.hours} Stunden pro Woche (Referenz ${d.reference} Stunden: Beschäftigungsanteil ${d.fraction} %)`,
      validUntil: "Gültig bis",
      nextReview: "Nächste Überprüfung spätestens am",
      conditions: "Bedingungen",
      noConditions: "keine besonderen Bedingungen",
      benefit: "Entschädigung",
      benefitFull: (fraction) =>
        `Bei einem Beschäftigungsanteil von ${fraction} % behalten Sie Ihre volle Entschädigung.`,
      benefitReduced: (d) =>
        `Bei einem Beschäftigungsanteil von ${d.fraction} % wird Ihre Tagesentschädigung um ${d.reduction} % gekürzt: Sie behalten ${d.remaining} %.`,
    },
    lateReduced: (d) =>
      `Ihr Antrag ist am ${d.received} eingegangen, nach dem ${d.onTimeUntil}. Ihre Entschädigung wird daher vom ${d.start} bis zum ${d.received} um 10 % gekürzt.`,
    lateNoBenefit: (d) =>
      `Ihr Antrag ist am ${d.received} eingegangen, mehr als 14 Tage nach dem Beginn. Sie erhalten daher vom ${d.start} bis zum ${d.received} keine Entschädigung.`,
    maximum:
      "Die erlaubten Stunden sind ein Höchstwert. Jede Änderung der Stunden oder Tage erfordert vorher einen neuen Antrag.",
    changes:
      "Der beratende Arzt überprüft die Erlaubnis mindestens alle sechs Monate und kann sie bei jeder Überprüfung zurückziehen.",
    appeal:
      "Wenn Sie mit dieser Entscheidung nicht einverstanden sind, können Sie innerhalb von drei Monaten nach der Notifizierung beim Arbeitsgericht Einspruch erheben.",
    signOff: "Mit freundlichen Grüßen",
  },
  en: {
    intl: "en-GB",
    subject: "Decision on your request for authorised activity (progressive return to work)",
    reference: (ref) => `Reference: ${ref}`,
    insz: (insz) => `National register number: ${insz}`,
    salutation: (name) => `Dear ${name},`,
    physicianRole: "advising physician",
    labelValue: (label, value) => `${label}: ${value}`,
    decided: {
      AUTHORISED: (d) =>
        `On ${d.decisionDate} the advising physician authorised the activity you asked for on ${d.received}: ${d.nature}, from ${d.start}.`,
      AUTHORISED_FEWER_HOURS: (d) =>
        `On ${d.decisionDate} the advising physician authorised the activity you asked for on ${d.received}: ${d.nature}, from ${d.start}, but for fewer hours than you asked: at most ${d.authorised} hours a week instead of ${d.requested}.`,
      REFUSED: (d) =>
        `On ${d.decisionDate} the advising physician decided not to authorise the activity you asked for on ${d.received} (${d.nature}, from ${d.start}).`,
      RENEWED: (d) =>
        `On ${d.decisionDate} the advising physician renewed the authorisation of your activity (${d.nature}) until ${d.validUntil}.`,
      REVIEWED: (d) =>
        `On ${d.decisionDate} the advising physician reviewed the authorisation of your activity (${d.nature}). It continues under the conditions below.`,
    },
    refusalReason: (reason) => `Reason: ${reason}`,
    refusalStop:
      "If you have already started, stop this activity. The benefit for the past period is kept if you followed the formalities.",
    facts: {
      nature: "Activity",
      employer: "Employer",
      start: "Start",
      hours: "Authorised hours",
      hoursValue: (d) =>
        `at most ${d.hours} hours a week (reference ${d.reference} hours: work fraction ${d.fraction} %)`,
      validUntil: "Valid until",
      nextReview: "Next review by",
      conditions: "Conditions",
      noConditions: "no particular conditions",
      benefit: "Benefit",
      benefitFull: (fraction) => `With a work fraction of ${fraction} % you keep your full benefit.`,
      benefitReduced: (d) =>
        `With a work fraction of ${d.fraction} % your daily benefit is reduced by ${d.reduction} %: you keep ${d.remaining} %.`,
    },
    lateReduced: (d) =>
      `Your request reached us on ${d.received}, after ${d.onTimeUntil}. Your benefit is therefore reduced by 10 % from ${d.start} to ${d.received}.`,
    lateNoBenefit: (d) =>
      `Your request reached us on ${d.received}, more than 14 days after the start. You therefore receive no benefit from ${d.start} to ${d.received}.`,
    maximum:
      "The authorised hours are a maximum. Any change in hours or days needs a new request before it takes effect.",
    changes:
      "The advising physician reviews the authorisation at least every six months and may withdraw it at any review.",
    appeal:
      "If you do not agree with this decision, you can appeal to the labour court within three months of its notification.",
    signOff: "Kind regards,",
  },
};
