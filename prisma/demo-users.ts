// The demo organisation: a team per region, coordinators, two advising physicians, a manager and an admin.
// One documented password for every demo account (README, "Demo accounts").
import type { AppLocale } from "@/lib/i18n/config";

export const DEMO_PASSWORD = "Reprise-Demo-2026";

/**
 * The authenticator key of the demo physicians and the demo admin, whose roles require a second factor
 * (docs/decisions/009). Published on purpose — it is a demo. `npm run demo:code` prints the current code.
 */
export const DEMO_TOTP_SECRET = "REPRISEDEMOKEYFORTESTINGXYZ23456";

export const DEMO_TEAMS = [
  { name: "Team Vlaanderen", region: "FLANDERS" },
  { name: "Équipe Wallonie", region: "WALLONIA" },
  { name: "Team Brussel-Bruxelles", region: "BRUSSELS" },
  { name: "Team Ostbelgien", region: "GERMAN_SPEAKING" },
] as const;

type TeamName = (typeof DEMO_TEAMS)[number]["name"];

export interface DemoUser {
  email: string;
  name: string;
  role: "COORDINATOR" | "ADVISING_PHYSICIAN" | "MANAGER" | "ADMIN";
  team: TeamName | null;
  locale: AppLocale;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: "coordinator@demo.reprise.be",
    name: "An Peeters",
    role: "COORDINATOR",
    team: "Team Vlaanderen",
    locale: "nl",
  },
  {
    email: "coordinator2@demo.reprise.be",
    name: "Tom Maes",
    role: "COORDINATOR",
    team: "Team Vlaanderen",
    locale: "nl",
  },
  {
    email: "coordinateur@demo.reprise.be",
    name: "Sophie Dubois",
    role: "COORDINATOR",
    team: "Équipe Wallonie",
    locale: "fr",
  },
  {
    email: "coordinator.bxl@demo.reprise.be",
    name: "Youssef El Amrani",
    role: "COORDINATOR",
    team: "Team Brussel-Bruxelles",
    locale: "fr",
  },
  {
    email: "koordinator@demo.reprise.be",
    name: "Lukas Schmitz",
    role: "COORDINATOR",
    team: "Team Ostbelgien",
    locale: "de",
  },
  {
    email: "physician@demo.reprise.be",
    name: "Dr. Marc Janssens",
    role: "ADVISING_PHYSICIAN",
    team: "Team Vlaanderen",
    locale: "nl",
  },
  {
    email: "medecin@demo.reprise.be",
    name: "Dr. Claire Lambert",
    role: "ADVISING_PHYSICIAN",
    team: "Équipe Wallonie",
    locale: "fr",
  },
  {
    email: "manager@demo.reprise.be",
    name: "Els Vermeulen",
    role: "MANAGER",
    team: "Team Vlaanderen",
    locale: "nl",
  },
  { email: "admin@demo.reprise.be", name: "Reprise Admin", role: "ADMIN", team: null, locale: "en" },
];
