// Free texts for demo member files, in the member's language (Dutch, French, German): what physicians,
// coordinators and employers write. Medical wording appears only in the medical fields (certificate content,
// medical notes); functional limitations are written for non-medical readers (DOMAIN.md, medical secrecy).
import type { ConsentPurpose as ConsentPurposeCode } from "@/lib/generated/prisma/enums";
import type { DemoLanguage } from "@/prisma/generator/places";

type Texts = Record<DemoLanguage, readonly string[]>;

export type DiagnosisGroup =
  | "BURNOUT"
  | "MENTAL"
  | "MSK"
  | "INJURY"
  | "CANCER"
  | "NERVOUS"
  | "CARDIO"
  | "FIBRO_CFS"
  | "MULTIPLE"
  | "DIGESTIVE"
  | "LONG_COVID"
  | "OTHER";

/** Certificate content (medical, physician only). */
export const CERTIFICATE: Record<DiagnosisGroup, Texts> = {
  BURNOUT: {
    nl: [
      "Uitputtingssyndroom (burn-out), werkgerelateerd",
      "Burn-out met slaapstoornissen en concentratieproblemen",
    ],
    fr: [
      "Syndrome d'épuisement professionnel (burn-out)",
      "Burn-out avec troubles du sommeil et de la concentration",
    ],
    de: [
      "Erschöpfungssyndrom (Burn-out), arbeitsbedingt",
      "Burn-out mit Schlaf- und Konzentrationsstörungen",
    ],
  },
  MENTAL: {
    nl: [
      "Depressieve episode, matig",
      "Angststoornis met paniekaanvallen",
      "Aanpassingsstoornis met depressieve stemming",
    ],
    fr: [
      "Épisode dépressif modéré",
      "Trouble anxieux avec attaques de panique",
      "Trouble de l'adaptation avec humeur dépressive",
    ],
    de: [
      "Mittelgradige depressive Episode",
      "Angststörung mit Panikattacken",
      "Anpassungsstörung mit depressiver Verstimmung",
    ],
  },
  MSK: {
    nl: [
      "Lumbale discushernia L4-L5",
      "Chronische lage rugpijn",
      "Schouderletsel (rotator cuff)",
      "Artrose knie, na prothese",
    ],
    fr: [
      "Hernie discale lombaire L4-L5",
      "Lombalgie chronique",
      "Lésion de la coiffe des rotateurs",
      "Gonarthrose, après prothèse",
    ],
    de: [
      "Lumbaler Bandscheibenvorfall L4-L5",
      "Chronische Rückenschmerzen",
      "Rotatorenmanschettenläsion",
      "Kniearthrose, nach Prothese",
    ],
  },
  INJURY: {
    nl: ["Fractuur pols na val", "Enkelverstuiking graad 3", "Fractuur onderbeen, osteosynthese"],
    fr: [
      "Fracture du poignet après chute",
      "Entorse de la cheville de grade 3",
      "Fracture de la jambe, ostéosynthèse",
    ],
    de: [
      "Handgelenksfraktur nach Sturz",
      "Sprunggelenksdistorsion Grad 3",
      "Unterschenkelfraktur, Osteosynthese",
    ],
  },
  CANCER: {
    nl: ["Borstkanker, onder chemotherapie", "Colorectaal carcinoom, na operatie", "Lymfoom, in behandeling"],
    fr: [
      "Cancer du sein, sous chimiothérapie",
      "Carcinome colorectal, après chirurgie",
      "Lymphome, en traitement",
    ],
    de: [
      "Brustkrebs, unter Chemotherapie",
      "Kolorektales Karzinom, nach Operation",
      "Lymphom, in Behandlung",
    ],
  },
  NERVOUS: {
    nl: ["Multiple sclerose, opstoot", "Migraine, chronisch", "Status na CVA"],
    fr: ["Sclérose en plaques, poussée", "Migraine chronique", "Status après AVC"],
    de: ["Multiple Sklerose, Schub", "Chronische Migräne", "Zustand nach Schlaganfall"],
  },
  CARDIO: {
    nl: ["Myocardinfarct, revalidatie", "Hartfalen", "Hypertensie met complicaties"],
    fr: ["Infarctus du myocarde, revalidation", "Insuffisance cardiaque", "Hypertension compliquée"],
    de: ["Myokardinfarkt, Rehabilitation", "Herzinsuffizienz", "Hypertonie mit Komplikationen"],
  },
  FIBRO_CFS: {
    nl: ["Fibromyalgie", "Chronisch vermoeidheidssyndroom"],
    fr: ["Fibromyalgie", "Syndrome de fatigue chronique"],
    de: ["Fibromyalgie", "Chronisches Erschöpfungssyndrom"],
  },
  MULTIPLE: {
    nl: ["Meerdere aandoeningen: rugklachten en depressie", "Diabetes met neuropathie en artrose"],
    fr: ["Pathologies multiples : lombalgie et dépression", "Diabète avec neuropathie et arthrose"],
    de: ["Mehrfacherkrankung: Rückenleiden und Depression", "Diabetes mit Neuropathie und Arthrose"],
  },
  DIGESTIVE: {
    nl: ["Ziekte van Crohn, opstoot", "Colitis ulcerosa"],
    fr: ["Maladie de Crohn, poussée", "Rectocolite hémorragique"],
    de: ["Morbus Crohn, Schub", "Colitis ulcerosa"],
  },
  LONG_COVID: {
    nl: ["Post-COVID-syndroom (long covid)"],
    fr: ["Syndrome post-COVID (covid long)"],
    de: ["Post-COVID-Syndrom (Long COVID)"],
  },
  OTHER: {
    nl: ["Chirurgische ingreep, herstelperiode", "Zwangerschapsgerelateerde complicaties"],
    fr: ["Intervention chirurgicale, convalescence", "Complications liées à la grossesse"],
    de: ["Chirurgischer Eingriff, Genesungszeit", "Schwangerschaftsbedingte Komplikationen"],
  },
};

/** Medical notes of an assessment (physician only): treatment and course. */
export const MEDICAL_NOTES: Texts = {
  nl: [
    "Behandeling loopt, verloop gunstig. Verslag behandelend arts ontvangen.",
    "Beperkte verbetering ondanks behandeling; specialistisch advies gevraagd.",
    "Revalidatie 2x per week; pijn en belastbaarheid verbeteren geleidelijk.",
    "Psychotherapie lopend, medicatie aangepast door huisarts.",
    "Stabiel; herevaluatie na volgend specialistisch onderzoek.",
    "Recidief van klachten na poging tot werkhervatting.",
  ],
  fr: [
    "Traitement en cours, évolution favorable. Rapport du médecin traitant reçu.",
    "Amélioration limitée malgré le traitement ; avis spécialisé demandé.",
    "Revalidation 2x par semaine ; douleur et capacité s'améliorent progressivement.",
    "Psychothérapie en cours, médication adaptée par le médecin généraliste.",
    "Stable ; réévaluation après le prochain examen spécialisé.",
    "Récidive des plaintes après une tentative de reprise.",
  ],
  de: [
    "Behandlung läuft, Verlauf günstig. Bericht des behandelnden Arztes erhalten.",
    "Begrenzte Besserung trotz Behandlung; fachärztliche Meinung angefragt.",
    "Rehabilitation 2x pro Woche; Schmerzen und Belastbarkeit bessern sich allmählich.",
    "Psychotherapie läuft, Medikation vom Hausarzt angepasst.",
    "Stabil; Neubewertung nach der nächsten fachärztlichen Untersuchung.",
    "Rückfall der Beschwerden nach einem Wiedereinstiegsversuch.",
  ],
};

export type LimitationProfile = "MENTAL" | "PHYSICAL" | "GENERAL";

export function limitationProfileOf(group: DiagnosisGroup): LimitationProfile {
  if (["BURNOUT", "MENTAL", "NERVOUS", "FIBRO_CFS", "LONG_COVID"].includes(group)) return "MENTAL";
  if (["MSK", "INJURY"].includes(group)) return "PHYSICAL";
  return "GENERAL";
}

/** Functional limitations (non-medical, readable by the coordinator). */
export const LIMITATIONS: Record<LimitationProfile, Texts> = {
  MENTAL: {
    nl: [
      "Beperkte belastbaarheid: korte werkdagen, geen tijdsdruk of ploegenwerk.",
      "Concentratie en energie beperkt; rustige werkplek en duidelijke taken nodig.",
      "Geen klantencontact met conflicten; geleidelijke opbouw van uren aangewezen.",
      "Snel vermoeid; pauzes nodig en niet meer dan 4 uur per dag.",
    ],
    fr: [
      "Capacité limitée : journées courtes, pas de pression temporelle ni de travail posté.",
      "Concentration et énergie limitées ; poste calme et tâches claires nécessaires.",
      "Pas de contacts conflictuels avec la clientèle ; reprise progressive des heures indiquée.",
      "Fatigabilité ; pauses nécessaires et pas plus de 4 heures par jour.",
    ],
    de: [
      "Eingeschränkte Belastbarkeit: kurze Arbeitstage, kein Zeitdruck, keine Schichtarbeit.",
      "Konzentration und Energie eingeschränkt; ruhiger Arbeitsplatz und klare Aufgaben nötig.",
      "Kein konfliktreicher Kundenkontakt; schrittweiser Aufbau der Stunden angezeigt.",
      "Schnell ermüdbar; Pausen nötig, nicht mehr als 4 Stunden pro Tag.",
    ],
  },
  PHYSICAL: {
    nl: [
      "Geen zware lasten (meer dan 10 kg); afwisselend zitten en staan.",
      "Niet langdurig staan of stappen; geen werk op hoogte.",
      "Geen repetitieve bewegingen boven schouderhoogte.",
      "Beperkt gebruik van de rechterhand; geen trillend gereedschap.",
    ],
    fr: [
      "Pas de charges lourdes (plus de 10 kg) ; alterner position assise et debout.",
      "Pas de station debout ni de marche prolongées ; pas de travail en hauteur.",
      "Pas de mouvements répétitifs au-dessus de l'épaule.",
      "Usage limité de la main droite ; pas d'outils vibrants.",
    ],
    de: [
      "Keine schweren Lasten (über 10 kg); Wechsel zwischen Sitzen und Stehen.",
      "Kein längeres Stehen oder Gehen; keine Arbeit in der Höhe.",
      "Keine wiederholten Bewegungen über Schulterhöhe.",
      "Eingeschränkter Gebrauch der rechten Hand; kein vibrierendes Werkzeug.",
    ],
  },
  GENERAL: {
    nl: [
      "Verminderde belastbaarheid door behandeling; deeltijds en zonder nachtwerk.",
      "Snel vermoeid; lichte taken met pauzes, geen fysiek zwaar werk.",
      "Regelmatige afwezigheid voor behandeling; flexibel uurrooster nodig.",
    ],
    fr: [
      "Capacité réduite par le traitement ; temps partiel et pas de travail de nuit.",
      "Fatigabilité ; tâches légères avec pauses, pas de travail physiquement lourd.",
      "Absences régulières pour traitement ; horaire flexible nécessaire.",
    ],
    de: [
      "Verminderte Belastbarkeit durch die Behandlung; Teilzeit und keine Nachtarbeit.",
      "Schnell ermüdbar; leichte Aufgaben mit Pausen, keine körperlich schwere Arbeit.",
      "Regelmäßige Abwesenheit für Behandlungen; flexibler Stundenplan nötig.",
    ],
  },
};

export const CONTACT_SUMMARY = {
  first: {
    nl: [
      "Kennismakingsgesprek: rol van de TNW-coördinator toegelicht, situatie en wensen verkend.",
      "Eerste gesprek: huidige situatie, werkgever en mogelijkheden tot werkhervatting besproken.",
      "Intake: verwachtingen van het traject en de volgende stappen afgesproken.",
    ],
    fr: [
      "Entretien de présentation : rôle du coordinateur RAT expliqué, situation et souhaits explorés.",
      "Premier entretien : situation actuelle, employeur et possibilités de reprise discutés.",
      "Accueil : attentes vis-à-vis du trajet et prochaines étapes convenues.",
    ],
    de: [
      "Kennenlerngespräch: Rolle der Koordinatorin erklärt, Situation und Wünsche besprochen.",
      "Erstgespräch: aktuelle Situation, Arbeitgeber und Möglichkeiten der Wiederaufnahme besprochen.",
      "Aufnahme: Erwartungen an das Programm und nächste Schritte vereinbart.",
    ],
  },
  MEMBER: {
    nl: [
      "Opvolggesprek: voortgang besproken, lid voelt zich stilaan sterker.",
      "Telefonische opvolging: behandeling loopt, werkhervatting nog niet haalbaar.",
      "Gesprek over deeltijdse werkhervatting en de aanvraag toegelaten arbeid.",
      "Opvolging: lid twijfelt over terugkeer naar de eigen functie, alternatieven verkend.",
    ],
    fr: [
      "Entretien de suivi : progrès discutés, le membre se sent plus fort.",
      "Suivi téléphonique : traitement en cours, reprise pas encore envisageable.",
      "Entretien sur une reprise à temps partiel et la demande d'activité autorisée.",
      "Suivi : le membre hésite à reprendre son poste, alternatives explorées.",
    ],
    de: [
      "Folgegespräch: Fortschritte besprochen, das Mitglied fühlt sich stärker.",
      "Telefonische Begleitung: Behandlung läuft, Wiederaufnahme noch nicht möglich.",
      "Gespräch über eine Teilzeit-Wiederaufnahme und den Antrag auf erlaubte Tätigkeit.",
      "Begleitung: Mitglied zögert, an den eigenen Arbeitsplatz zurückzukehren; Alternativen besprochen.",
    ],
  },
  EMPLOYER: {
    nl: [
      "Overleg met de werkgever over aangepast werk en uurrooster.",
      "Werkgever bereid tot progressieve werkhervatting.",
    ],
    fr: [
      "Concertation avec l'employeur sur un travail adapté et l'horaire.",
      "L'employeur accepte une reprise progressive.",
    ],
    de: [
      "Absprache mit dem Arbeitgeber über angepasste Arbeit und Stundenplan.",
      "Arbeitgeber bereit zu einer schrittweisen Wiederaufnahme.",
    ],
  },
  OCCUPATIONAL_PHYSICIAN: {
    nl: ["Afstemming met de arbeidsarts over een bezoek voorafgaand aan de werkhervatting."],
    fr: ["Concertation avec le médecin du travail sur une visite de pré-reprise."],
    de: ["Abstimmung mit dem Arbeitsarzt über eine Untersuchung vor der Wiederaufnahme."],
  },
  TREATING_PHYSICIAN: {
    nl: ["Contact met de behandelend arts over de haalbaarheid van een opstart."],
    fr: ["Contact avec le médecin traitant sur la faisabilité d'une reprise."],
    de: ["Kontakt mit dem behandelnden Arzt über die Machbarkeit eines Einstiegs."],
  },
  ADVISING_PHYSICIAN: {
    nl: ["Multidisciplinair overleg met de adviserend arts over het re-integratieplan."],
    fr: ["Concertation multidisciplinaire avec le médecin-conseil sur le plan de réintégration."],
    de: ["Multidisziplinäre Besprechung mit dem Vertrauensarzt über den Wiedereingliederungsplan."],
  },
  EMPLOYMENT_SERVICE: {
    nl: ["Overleg met de trajectbegeleider van de dienst voor arbeidsbemiddeling."],
    fr: ["Concertation avec le conseiller du service de l'emploi."],
    de: ["Absprache mit dem Berater des Arbeitsamts."],
  },
  GTB: {
    nl: ["Afstemming met GTB over gespecialiseerde begeleiding."],
    fr: ["Concertation avec le GTB sur un accompagnement spécialisé."],
    de: ["Absprache mit dem GTB über eine spezialisierte Begleitung."],
  },
  CAREER_GUIDANCE: {
    nl: ["Afspraak loopbaanbegeleiding voorbereid met het lid."],
    fr: ["Rendez-vous d'orientation professionnelle préparé avec le membre."],
    de: ["Termin zur Laufbahnberatung mit dem Mitglied vorbereitet."],
  },
  OTHER: {
    nl: ["Overleg met de sociale dienst over de financiële situatie."],
    fr: ["Concertation avec le service social sur la situation financière."],
    de: ["Absprache mit dem Sozialdienst über die finanzielle Situation."],
  },
  questionnaireHelp: {
    nl: ["Lid gebeld: hulp geboden bij het invullen van de vragenlijst."],
    fr: ["Membre appelé : aide proposée pour remplir le questionnaire."],
    de: ["Mitglied angerufen: Hilfe beim Ausfüllen des Fragebogens angeboten."],
  },
} satisfies Record<string, Texts>;

export const NEXT_ACTION: Texts = {
  nl: [
    "Volgend gesprek inplannen",
    "Terugbellen na consultatie specialist",
    "Werkgever contacteren",
    "Aanvraag toegelaten arbeid opvolgen",
  ],
  fr: [
    "Planifier le prochain entretien",
    "Rappeler après la consultation du spécialiste",
    "Contacter l'employeur",
    "Suivre la demande d'activité autorisée",
  ],
  de: [
    "Nächstes Gespräch planen",
    "Nach dem Facharzttermin zurückrufen",
    "Arbeitgeber kontaktieren",
    "Antrag auf erlaubte Tätigkeit verfolgen",
  ],
};

export const PLAN_GOALS: Texts = {
  nl: [
    "Terugkeer naar de eigen functie met aangepaste uren",
    "Heroriëntering naar minder belastend werk",
    "Opleiding volgen om een nieuwe job te vinden",
    "Geleidelijke opbouw van de belastbaarheid",
  ],
  fr: [
    "Retour au poste habituel avec des horaires adaptés",
    "Réorientation vers un travail moins pénible",
    "Suivre une formation pour trouver un nouvel emploi",
    "Augmentation progressive de la capacité",
  ],
  de: [
    "Rückkehr an den eigenen Arbeitsplatz mit angepassten Stunden",
    "Neuorientierung zu einer weniger belastenden Arbeit",
    "Weiterbildung für eine neue Stelle",
    "Schrittweiser Aufbau der Belastbarkeit",
  ],
};

export const PLAN_ACTIONS: Record<DemoLanguage, readonly (readonly [string, string])[]> = {
  nl: [
    ["Gesprek met de arbeidsarts plannen", "lid"],
    ["Aanvraag toegelaten arbeid indienen", "coördinator"],
    ["Werkpost aanpassen met de preventieadviseur", "werkgever"],
    ["Inschrijven bij de dienst voor arbeidsbemiddeling", "lid"],
    ["Verslag behandelend arts bezorgen", "lid"],
  ],
  fr: [
    ["Planifier un entretien avec le médecin du travail", "membre"],
    ["Introduire la demande d'activité autorisée", "coordinateur"],
    ["Adapter le poste avec le conseiller en prévention", "employeur"],
    ["S'inscrire au service de l'emploi", "membre"],
    ["Transmettre le rapport du médecin traitant", "membre"],
  ],
  de: [
    ["Gespräch mit dem Arbeitsarzt planen", "Mitglied"],
    ["Antrag auf erlaubte Tätigkeit einreichen", "Koordinator"],
    ["Arbeitsplatz mit dem Präventionsberater anpassen", "Arbeitgeber"],
    ["Beim Arbeitsamt einschreiben", "Mitglied"],
    ["Bericht des behandelnden Arztes übermitteln", "Mitglied"],
  ],
};

/** What each third party's consent is for, as the code a coordinator picks (issue 11: codes, not words). */
export const CONSENT_PURPOSE: Record<string, ConsentPurposeCode> = {
  EMPLOYER: "RETURN_TO_WORK",
  OCCUPATIONAL_PHYSICIAN: "PRE_RETURN_VISIT",
  TREATING_PHYSICIAN: "TREATMENT_AND_WORK",
  EMPLOYMENT_SERVICE: "REFERRAL",
  GTB: "REFERRAL",
  CAREER_GUIDANCE: "REFERRAL",
  TRAINING_PROVIDER: "TRAINING",
  OTHER: "OTHER",
};

/** A purpose no code covers, in the coordinator's words (the member's language, as typed). */
export const OTHER_CONSENT_PURPOSE: Texts = {
  nl: ["Overleg met de sociale dienst"],
  fr: ["Concertation avec le service social"],
  de: ["Absprache mit dem Sozialdienst"],
};

export const OCCUPATIONAL_SERVICES = [
  "IDEWE",
  "Mensura",
  "Securex",
  "Liantis",
  "Attentia",
  "Cohezio",
  "Provikmo",
  "Spmt-Arista",
];

export const REFERRAL_ORGANISATION: Record<string, Texts> = {
  VDAB: { nl: ["VDAB"], fr: ["VDAB"], de: ["VDAB"] },
  FOREM: { nl: ["Le Forem"], fr: ["Le Forem"], de: ["Le Forem"] },
  ACTIRIS: { nl: ["Actiris"], fr: ["Actiris"], de: ["Actiris"] },
  ADG: { nl: ["Arbeitsamt der DG"], fr: ["Arbeitsamt der DG"], de: ["Arbeitsamt der DG"] },
  GTB: { nl: ["GTB"], fr: ["GTB"], de: ["GTB"] },
  CAREER_GUIDANCE: {
    nl: ["Loopbaancentrum (loopbaancheque)", "Loopbaanbegeleiding VDAB-partner"],
    fr: ["Centre d'orientation professionnelle", "Bilan de compétences"],
    de: ["Laufbahnberatung", "Kompetenzbilanz"],
  },
  ADVISING_PHYSICIAN: { nl: ["Adviserend arts"], fr: ["Médecin-conseil"], de: ["Vertrauensarzt"] },
  GP_PSYCHOLOGIST_PARAMEDIC: {
    nl: ["Eerstelijnspsycholoog", "Kinesitherapeut", "Huisarts"],
    fr: ["Psychologue de première ligne", "Kinésithérapeute", "Médecin généraliste"],
    de: ["Psychologe", "Physiotherapeut", "Hausarzt"],
  },
  OTHER: {
    nl: ["Sociale dienst", "Schuldbemiddeling"],
    fr: ["Service social", "Médiation de dettes"],
    de: ["Sozialdienst", "Schuldnerberatung"],
  },
};

export const REFERRAL_OUTCOME: Texts = {
  nl: [
    "Intakegesprek gehad, begeleiding opgestart.",
    "Traject afgerond, verslag ontvangen.",
    "Niet ingegaan op de uitnodiging.",
  ],
  fr: [
    "Entretien d'accueil réalisé, accompagnement démarré.",
    "Accompagnement terminé, rapport reçu.",
    "N'a pas donné suite à l'invitation.",
  ],
  de: [
    "Aufnahmegespräch erfolgt, Begleitung gestartet.",
    "Begleitung abgeschlossen, Bericht erhalten.",
    "Einladung nicht wahrgenommen.",
  ],
};

export const ADJUSTMENT_DESCRIPTION: Record<string, Texts> = {
  WORKSTATION: {
    nl: ["Ergonomische werkpost met zit-stabureau"],
    fr: ["Poste ergonomique avec bureau assis-debout"],
    de: ["Ergonomischer Arbeitsplatz mit Steh-Sitz-Tisch"],
  },
  HOURS: {
    nl: ["Tijdelijk minder uren per dag"],
    fr: ["Temporairement moins d'heures par jour"],
    de: ["Vorübergehend weniger Stunden pro Tag"],
  },
  SCHEDULE: {
    nl: ["Geen vroege of late diensten"],
    fr: ["Pas de pauses tôt le matin ou tard le soir"],
    de: ["Keine Früh- oder Spätschichten"],
  },
  TASKS: {
    nl: ["Geen zware tillasten; andere taken binnen het team"],
    fr: ["Pas de port de charges ; autres tâches dans l'équipe"],
    de: ["Kein schweres Heben; andere Aufgaben im Team"],
  },
  OTHER_JOB: {
    nl: ["Andere functie binnen het bedrijf"],
    fr: ["Autre fonction dans l'entreprise"],
    de: ["Andere Stelle im Unternehmen"],
  },
  TRAINING: {
    nl: ["Opleiding voor een administratieve functie"],
    fr: ["Formation pour une fonction administrative"],
    de: ["Weiterbildung für eine Verwaltungsstelle"],
  },
  TELEWORK: {
    nl: ["Twee dagen per week telewerk"],
    fr: ["Deux jours de télétravail par semaine"],
    de: ["Zwei Tage Telearbeit pro Woche"],
  },
  TOOLS: {
    nl: ["Aangepast gereedschap en tilhulp"],
    fr: ["Outils adaptés et aide au levage"],
    de: ["Angepasstes Werkzeug und Hebehilfe"],
  },
  OTHER: {
    nl: ["Rustige werkplek, minder klantencontact"],
    fr: ["Poste calme, moins de contacts clients"],
    de: ["Ruhiger Arbeitsplatz, weniger Kundenkontakt"],
  },
};

export const NATURE_OF_WORK: Record<"MANUAL" | "INTELLECTUAL" | "SELF_EMPLOYED", Texts> = {
  MANUAL: {
    nl: [
      "Eigen functie in aangepaste vorm, lichte taken",
      "Productiemedewerker, zonder zware lasten",
      "Magazijnwerk, halve dagen",
    ],
    fr: [
      "Fonction habituelle sous forme adaptée, tâches légères",
      "Ouvrier de production, sans charges lourdes",
      "Travail en entrepôt, mi-temps",
    ],
    de: [
      "Eigene Tätigkeit in angepasster Form, leichte Aufgaben",
      "Produktionsmitarbeiter, ohne schwere Lasten",
      "Lagerarbeit, halbtags",
    ],
  },
  INTELLECTUAL: {
    nl: [
      "Eigen functie, administratieve taken",
      "Bediende, deeltijds met telewerk",
      "Eigen functie zonder leidinggevende taken",
    ],
    fr: [
      "Fonction habituelle, tâches administratives",
      "Employé, temps partiel avec télétravail",
      "Fonction habituelle sans tâches de direction",
    ],
    de: [
      "Eigene Tätigkeit, Verwaltungsaufgaben",
      "Angestellter, Teilzeit mit Telearbeit",
      "Eigene Tätigkeit ohne Führungsaufgaben",
    ],
  },
  SELF_EMPLOYED: {
    nl: ["Beperkte hervatting van de zelfstandige activiteit"],
    fr: ["Reprise limitée de l'activité indépendante"],
    de: ["Eingeschränkte Wiederaufnahme der selbständigen Tätigkeit"],
  },
};

export const ACTIVITY_CONDITIONS: Texts = {
  nl: ["Geen nachtwerk", "Maximaal 4 uur per dag", "Geen zware lasten", ""],
  fr: ["Pas de travail de nuit", "Maximum 4 heures par jour", "Pas de charges lourdes", ""],
  de: ["Keine Nachtarbeit", "Höchstens 4 Stunden pro Tag", "Keine schweren Lasten", ""],
};

export const ACTIVITY_REFUSAL: Texts = {
  nl: [
    "Gezondheidstoestand laat de voorgestelde activiteit nog niet toe.",
    "Voorgesteld werk niet verenigbaar met de beperkingen.",
  ],
  fr: [
    "L'état de santé ne permet pas encore l'activité proposée.",
    "Travail proposé incompatible avec les limitations.",
  ],
  de: [
    "Der Gesundheitszustand erlaubt die vorgeschlagene Tätigkeit noch nicht.",
    "Vorgeschlagene Arbeit mit den Einschränkungen nicht vereinbar.",
  ],
};

export const DECLINE_NOTE: Texts = {
  nl: [
    "Lid wenst momenteel geen begeleiding.",
    "Lid reageert niet op de uitnodiging.",
    "Werk hervat voor het eerste gesprek.",
  ],
  fr: [
    "Le membre ne souhaite pas d'accompagnement pour l'instant.",
    "Le membre ne répond pas à l'invitation.",
    "Travail repris avant le premier entretien.",
  ],
  de: [
    "Das Mitglied wünscht derzeit keine Begleitung.",
    "Das Mitglied reagiert nicht auf die Einladung.",
    "Arbeit vor dem Erstgespräch wieder aufgenommen.",
  ],
};

export const REFERRED_OUT_NOTE: Texts = {
  nl: ["Doorverwezen naar {target}; verdere begeleiding daar."],
  fr: ["Orienté vers {target} ; suite de l'accompagnement là-bas."],
  de: ["An {target} weitergeleitet; weitere Begleitung dort."],
};

export const TASK_TITLE = {
  MANUAL: {
    nl: [
      "Werkgever bellen over aangepast werk",
      "Verslag arbeidsarts opvragen",
      "Dossier bespreken met de adviserend arts",
    ],
    fr: [
      "Appeler l'employeur au sujet du travail adapté",
      "Demander le rapport du médecin du travail",
      "Discuter du dossier avec le médecin-conseil",
    ],
    de: [
      "Arbeitgeber wegen angepasster Arbeit anrufen",
      "Bericht des Arbeitsarztes anfordern",
      "Akte mit dem beratenden Arzt besprechen",
    ],
  },
} satisfies Record<string, Texts>;
