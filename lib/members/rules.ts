// Identity rules for members, pure: the INSZ/NISS check, postal codes and regions, search keys.
import { addYears, isISODate, type ISODate } from "@/lib/dates";

export type InszProblem = "format" | "checksum" | "birthDate";

/** Digits only: "85.07.30-033.28" → "85073003328". */
export function normaliseInsz(raw: string): string {
  return raw.replace(/[\s.\-/]/g, "");
}

function checkDigits(nineDigits: string, bornFrom2000: boolean): number {
  const base = BigInt((bornFrom2000 ? "2" : "") + nineDigits);
  return 97 - Number(base % 97n);
}

export interface InszInfo {
  /** Birth date encoded in the number, null when the number leaves it unknown (month or day 00). */
  birthDate: ISODate | null;
  /** A BIS number (month + 20 or + 40: people not in the national register). */
  isBis: boolean;
  /** Odd serial: man, even: woman (informative; not used to decide anything). */
  serialSex: "M" | "F";
}

/**
 * INSZ/NISS: YYMMDD, a 3-digit serial and 2 check digits = 97 − (first nine digits mod 97). For births from
 * 2000 on, the check is computed on "2" followed by the nine digits, which is also how the century is told.
 */
export function parseInsz(raw: string): { ok: true; info: InszInfo } | { ok: false; problem: InszProblem } {
  const insz = normaliseInsz(raw);
  if (!/^\d{11}$/.test(insz)) return { ok: false, problem: "format" };
  const nine = insz.slice(0, 9);
  const check = Number(insz.slice(9));
  const isBefore2000 = checkDigits(nine, false) === check;
  const isFrom2000 = checkDigits(nine, true) === check;
  if (!isBefore2000 && !isFrom2000) return { ok: false, problem: "checksum" };

  const yy = Number(insz.slice(0, 2));
  let mm = Number(insz.slice(2, 4));
  const dd = Number(insz.slice(4, 6));
  const isBis = mm >= 20;
  if (mm >= 40) mm -= 40;
  else if (mm >= 20) mm -= 20;
  const serial = Number(insz.slice(6, 9));
  const year = (isFrom2000 && !isBefore2000 ? 2000 : 1900) + yy;
  const candidate = `${year}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
  const birthDate = mm === 0 || dd === 0 || !isISODate(candidate) ? null : candidate;
  if (mm > 12 || (mm !== 0 && dd !== 0 && !birthDate)) return { ok: false, problem: "format" };
  return { ok: true, info: { birthDate, isBis, serialSex: serial % 2 === 1 ? "M" : "F" } };
}

/** The problem with an INSZ for a member born on `birthDate`, or null when it is valid and matches. */
export function checkInsz(raw: string, birthDate?: ISODate | null): InszProblem | null {
  const parsed = parseInsz(raw);
  if (!parsed.ok) return parsed.problem;
  if (birthDate && parsed.info.birthDate && parsed.info.birthDate !== birthDate) return "birthDate";
  return null;
}

/** A valid INSZ for a birth date and serial (demo data, tests). */
export function makeInsz(birthDate: ISODate, serial: number): string {
  const [year, month, day] = birthDate.split("-");
  const nine = `${year!.slice(2)}${month}${day}${String(serial).padStart(3, "0")}`;
  const check = checkDigits(nine, Number(year) >= 2000);
  return `${nine}${String(check).padStart(2, "0")}`;
}

export type KboProblem = "format" | "checksum";

/** "BE 0123.456.749" → "0123456749"; an old 9-digit number gets its leading 0. */
export function normaliseKbo(raw: string): string {
  const digits = raw.replace(/^\s*BE/i, "").replace(/[\s.\-]/g, "");
  return /^\d{9}$/.test(digits) ? `0${digits}` : digits;
}

/** KBO/BCE: 10 digits starting with 0 or 1; the last two = 97 − (first eight mod 97). */
export function checkKbo(raw: string): KboProblem | null {
  const kbo = normaliseKbo(raw);
  if (!/^[01]\d{9}$/.test(kbo)) return "format";
  return 97 - (Number(kbo.slice(0, 8)) % 97) === Number(kbo.slice(8)) ? null : "checksum";
}

export function makeKbo(eightDigits: number): string {
  const base = String(eightDigits).padStart(8, "0");
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, "0")}`;
}

export type Region = "FLANDERS" | "WALLONIA" | "BRUSSELS" | "GERMAN_SPEAKING" | "ABROAD";

export function isBelgianPostalCode(code: string): boolean {
  return /^[1-9]\d{3}$/.test(code);
}

/**
 * The region of a Belgian postal code: 1000–1299 Brussels, 1300–1499 Walloon Brabant, 1500–3999 Flanders,
 * 4000–7999 Wallonia except 4700–4799 (the German-speaking Community: Eupen, Kelmis, Raeren, Sankt Vith …),
 * 8000–9999 Flanders.
 */
export function regionOfPostalCode(code: string): Exclude<Region, "ABROAD"> | null {
  if (!isBelgianPostalCode(code)) return null;
  const n = Number(code);
  if (n < 1300) return "BRUSSELS";
  if (n < 1500) return "WALLONIA";
  if (n < 4000) return "FLANDERS";
  if (n >= 4700 && n < 4800) return "GERMAN_SPEAKING";
  if (n < 8000) return "WALLONIA";
  return "FLANDERS";
}

/** Lower-case, accent-free "last first", the key name searches run on. */
export function searchNameOf(firstName: string, lastName: string): string {
  return `${lastName} ${firstName}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function normaliseSearch(query: string): string {
  return query
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a birth date is plausible for a member of working age records (not in the future, after 1900). */
export function isPlausibleBirthDate(birthDate: ISODate, today: ISODate): boolean {
  return birthDate >= "1900-01-01" && addYears(birthDate, 14) <= today;
}
