// Employers of generated members, per region: a few large ones employ many members, most are small. Made
// through the employer form's schema (KBO/BCE mod-97 check, postal code).
import { addDays, type ISODate } from "@/lib/dates";
import { ZCreateEmployerSchema } from "@/lib/employers/schemas";
import type { EmployerSize } from "@/lib/generated/prisma/enums";
import { makeKbo } from "@/lib/members/rules";
import { midnightMs, GeneratorError, type EmployerRef, type RegionStaff } from "@/prisma/generator/builder";
import { REGION_SHARES, pickSector } from "@/prisma/generator/model";
import { EMPLOYER_PATTERNS, LAST_NAMES, asciiLower } from "@/prisma/generator/names";
import { PLACES, municipalityName, type DemoLanguage, type DemoRegion } from "@/prisma/generator/places";
import { Rng, hashInts, weighted } from "@/prisma/generator/random";
import type { EmployerRow } from "@/prisma/generator/rows";
import { uuidv7 } from "@/prisma/generator/uuid";

/** Members per employer on average. */
const MEMBERS_PER_EMPLOYER = 6;

const LANGUAGE_OF: Record<DemoRegion, DemoLanguage> = {
  FLANDERS: "nl",
  WALLONIA: "fr",
  BRUSSELS: "fr",
  GERMAN_SPEAKING: "de",
};

function sizeBandAt(position: number): EmployerSize {
  if (position < 0.05) return "LARGE";
  if (position < 0.2) return "MEDIUM";
  if (position < 0.5) return "SMALL";
  return "MICRO";
}

export interface EmployerPool {
  rows: EmployerRow[];
  byRegion: Record<DemoRegion, EmployerRef[]>;
}

/**
 * The employers for `members` generated members. The first of each region's list are the large ones; members
 * pick employers with a preference for the start of the list. `usedKbo` holds the numbers already taken.
 */
export function buildEmployers(options: {
  seed: number;
  members: number;
  today: ISODate;
  teams: Readonly<Record<DemoRegion, RegionStaff>>;
  usedKbo: Set<string>;
  idBaseMs: number;
}): EmployerPool {
  const { seed, members, today, teams, usedKbo, idBaseMs } = options;
  const rng = new Rng(hashInts(seed, 0xe3b0));
  const rows: EmployerRow[] = [];
  const byRegion = {} as Record<DemoRegion, EmployerRef[]>;
  let counter = 0;
  for (const region of Object.keys(REGION_SHARES) as DemoRegion[]) {
    const count = Math.max(8, Math.round((members * REGION_SHARES[region]) / MEMBERS_PER_EMPLOYER));
    const language = LANGUAGE_OF[region];
    const pickPlace = weighted(PLACES[region].map((place) => [place, place.weight] as const));
    const refs: EmployerRef[] = [];
    for (let i = 0; i < count; i++) {
      let kbo = "";
      while (!kbo || usedKbo.has(kbo)) kbo = makeKbo(rng.int(2_000_000, 9_999_999));
      usedKbo.add(kbo);
      const place = pickPlace(rng);
      const family = rng.pick(LAST_NAMES[language]);
      const name = rng
        .pick(EMPLOYER_PATTERNS[language])
        .replace("{name}", family)
        .replace("{place}", municipalityName(place, language));
      const hasContact = rng.chance(0.6);
      const contactFamily = rng.pick(LAST_NAMES[language]);
      const result = ZCreateEmployerSchema.safeParse({
        name,
        kbo,
        externalId: `E${seed}-${String(counter + 1).padStart(6, "0")}`,
        sizeBand: sizeBandAt(i / count),
        sector: pickSector(rng),
        postalCode: place.postalCode,
        contactName: hasContact
          ? `${language === "nl" ? "HR" : language === "fr" ? "RH" : "Personal"} ${contactFamily}`
          : "",
        contactEmail: hasContact ? `hr.${asciiLower(family)}${counter}@example.org` : "",
        contactPhone: hasContact
          ? `+32 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`
          : "",
      });
      if (!result.success) {
        throw new GeneratorError(
          `generated employer ${name} is rejected by its schema: ${result.error.message}`,
        );
      }
      const input = result.data;
      const author = teams[region].coordinators[i % teams[region].coordinators.length]!.id;
      const createdAt = new Date(
        midnightMs(addDays(today, -rng.int(1500, 3000))) + rng.int(8 * 60, 17 * 60) * 60_000,
      );
      const id = uuidv7(idBaseMs - 86_400_000 + counter, 0, rng);
      counter++;
      rows.push({
        id,
        name: input.name,
        kbo: input.kbo || null,
        externalId: input.externalId || null,
        sizeBand: input.sizeBand || null,
        sector: input.sector || null,
        postalCode: input.postalCode || null,
        contactName: input.contactName || null,
        contactEmail: input.contactEmail || null,
        contactPhone: input.contactPhone || null,
        version: 1,
        createdAt,
        updatedAt: createdAt,
        createdById: author,
        updatedById: author,
      });
      refs.push({ id, name: input.name, sector: input.sector || null, sizeBand: input.sizeBand || null });
    }
    byRegion[region] = refs;
  }
  return { rows, byRegion };
}
