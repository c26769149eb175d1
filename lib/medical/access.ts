// Medical secrecy (DOMAIN.md): diagnosis group, medical notes and certificates' medical content reach advising
// physicians only, and only in a session that passed the second factor (docs/decisions/009). Queries build
// their `select` from these helpers, so a coordinator's or manager's query never returns those columns,
// whatever the page asks for.
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export interface MedicalReader {
  role: Role;
  /** Set by lib/auth/session.ts: the session passed its second factor. Absent counts as not passed. */
  mfaVerified?: boolean;
  mfaPending?: boolean;
}

/** An advising physician whose session passed the second factor; nobody else, whatever the caller forgot. */
export function hasMedicalAccess(user: MedicalReader): boolean {
  return can(user, "medical.read") && user.mfaVerified === true;
}

/** The medical columns of each model, for the select builders and for tests that look for leaks. */
export const MEDICAL_COLUMNS = {
  IncapacityPeriod: ["diagnosisGroup", "certificateContent"],
  CapacityAssessment: ["medicalNotes"],
} as const;

export const ALL_MEDICAL_KEYS: readonly string[] = Object.values(MEDICAL_COLUMNS).flat();

type MedicalModel = keyof typeof MEDICAL_COLUMNS;

/**
 * The medical columns of `model` as a Prisma `select` fragment: selected only when `withMedical`
 * (hasMedicalAccess of the reader), so the rows of everyone else do not even carry them.
 */
export function medicalSelect<M extends MedicalModel>(
  model: M,
  withMedical: boolean,
): Record<(typeof MEDICAL_COLUMNS)[M][number], boolean> {
  return Object.fromEntries(MEDICAL_COLUMNS[model].map((column) => [column, withMedical])) as Record<
    (typeof MEDICAL_COLUMNS)[M][number],
    boolean
  >;
}

/** Every medical key found anywhere in a value (objects, arrays) — empty when the value is clean. */
export function findMedicalKeys(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => findMedicalKeys(item, `${path}[${index}]`));
  if (!value || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [
    ...(ALL_MEDICAL_KEYS.includes(key) ? [`${path}.${key}`] : []),
    ...findMedicalKeys(child, `${path}.${key}`),
  ]);
}
