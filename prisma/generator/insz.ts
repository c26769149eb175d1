// The INSZ numbers already taken, kept as one 1,000-bit set per birth day (YYMMDD) instead of a set of strings:
// a million members take about 5 MB here instead of about 80 MB, so the generator's memory stays flat as the
// data set grows. A number is YYMMDD, a serial 001–997 (odd for men, even for women) and two check digits, so a
// birth day has 499 serials for men and 498 for women; the generator moves a birth date by a few days when its
// serials run out (member-file.ts).
import type { ISODate } from "@/lib/dates";
import { makeInsz, normaliseInsz } from "@/lib/members/rules";

const WORDS = 32; // 32 × 32 bits ≥ 998 serials

/** YYMMDD of an INSZ or a birth date, as a number (the century is left out, which only over-reserves). */
function dayKey(sixDigits: string): number {
  return Number(sixDigits);
}

export class InszRegistry {
  private readonly days = new Map<number, Uint32Array>();
  private count = 0;

  /** How many numbers are taken. */
  get size(): number {
    return this.count;
  }

  private bits(key: number): Uint32Array {
    let bits = this.days.get(key);
    if (!bits) {
      bits = new Uint32Array(WORDS);
      this.days.set(key, bits);
    }
    return bits;
  }

  private isSet(key: number, serial: number): boolean {
    const bits = this.days.get(key);
    return bits !== undefined && (bits[serial >>> 5]! & (1 << (serial & 31))) !== 0;
  }

  private set(key: number, serial: number): void {
    const bits = this.bits(key);
    const mask = 1 << (serial & 31);
    if ((bits[serial >>> 5]! & mask) === 0) {
      bits[serial >>> 5] = bits[serial >>> 5]! | mask;
      this.count++;
    }
  }

  /** Marks a number as taken (one already in the database, or one handed out). */
  add(raw: string): void {
    const insz = normaliseInsz(raw);
    if (!/^\d{11}$/.test(insz)) return;
    this.set(dayKey(insz.slice(0, 6)), Number(insz.slice(6, 9)));
  }

  has(raw: string): boolean {
    const insz = normaliseInsz(raw);
    return /^\d{11}$/.test(insz) && this.isSet(dayKey(insz.slice(0, 6)), Number(insz.slice(6, 9)));
  }

  /**
   * Takes a free number for the birth date, trying serials of the sex's parity (odd for men, even for women,
   * either for X) from `start` on; null when every one of them is taken.
   */
  take(birthDate: ISODate, sex: string, start: number): string | null {
    const key = dayKey(birthDate.slice(2).replaceAll("-", ""));
    let serial = Math.min(997, Math.max(1, Math.trunc(start)));
    if (sex === "M" && serial % 2 === 0) serial = serial === 997 ? 995 : serial + 1;
    if (sex === "F" && serial % 2 === 1) serial = serial === 997 ? 996 : serial + 1;
    const parity = serial % 2;
    const first = parity === 1 ? 1 : 2;
    const last = parity === 1 ? 997 : 996;
    for (let tried = 0; tried <= (last - first) / 2; tried++) {
      if (!this.isSet(key, serial)) {
        this.set(key, serial);
        return makeInsz(birthDate, serial);
      }
      serial = serial + 2 > last ? first : serial + 2;
    }
    return null;
  }
}
