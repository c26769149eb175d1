import { describe, expect, it } from "vitest";

import { checkInsz, makeInsz, parseInsz } from "@/lib/members/rules";
import { InszRegistry } from "@/prisma/generator/insz";

describe("InszRegistry", () => {
  it("hands out valid, distinct numbers of the birth date with the sex's parity", () => {
    const registry = new InszRegistry();
    const taken = new Set<string>();
    for (let i = 0; i < 50; i++) {
      for (const sex of ["M", "F"] as const) {
        const insz = registry.take("1961-01-05", sex, 100)!;
        expect(checkInsz(insz, "1961-01-05")).toBeNull();
        const parsed = parseInsz(insz);
        expect(parsed.ok && parsed.info.serialSex).toBe(sex);
        taken.add(insz);
      }
    }
    expect(taken.size).toBe(100);
    expect(registry.size).toBe(100);
    // Born from 2000: the century is in the check digits.
    expect(checkInsz(registry.take("2004-02-29", "F", 1)!, "2004-02-29")).toBeNull();
  });

  it("runs out after 499 serials for men and 498 for women, and not before", () => {
    const registry = new InszRegistry();
    const men = Array.from({ length: 499 }, () => registry.take("1960-12-23", "M", 500));
    expect(men.every(Boolean)).toBe(true);
    expect(registry.take("1960-12-23", "M", 1)).toBeNull();
    const women = Array.from({ length: 498 }, () => registry.take("1960-12-23", "F", 7));
    expect(women.every(Boolean)).toBe(true);
    expect(registry.take("1960-12-23", "F", 996)).toBeNull();
    expect(registry.take("1960-12-24", "F", 996)).not.toBeNull();
  });

  it("skips numbers already in the database", () => {
    const registry = new InszRegistry();
    const existing = makeInsz("1975-06-30", 33);
    registry.add(existing);
    expect(registry.has(existing)).toBe(true);
    expect(registry.has("75.06.30-035.xx")).toBe(false);
    const next = registry.take("1975-06-30", "M", 33);
    expect(next).toBe(makeInsz("1975-06-30", 35));
    expect(registry.size).toBe(2);
  });
});
