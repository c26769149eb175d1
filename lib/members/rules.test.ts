import { describe, expect, it } from "vitest";

import {
  checkInsz,
  checkKbo,
  makeInsz,
  makeKbo,
  normaliseKbo,
  parseInsz,
  regionOfPostalCode,
  searchNameOf,
} from "@/lib/members/rules";

describe("INSZ/NISS", () => {
  it("accepts a number with its separators (born 1993)", () => {
    expect(checkInsz("93.05.18-223.61")).toBeNull();
    const parsed = parseInsz("93051822361");
    expect(parsed.ok && parsed.info).toEqual({ birthDate: "1993-05-18", isBis: false, serialSex: "M" });
  });

  it("births in 1999 use 97 − (nine digits mod 97)", () => {
    // 990512123 mod 97 = 18 → check 79
    expect(checkInsz("99051212379", "1999-05-12")).toBeNull();
    expect(checkInsz("99051212378")).toBe("checksum");
  });

  it("births from 2000 use 97 − (2 followed by the nine digits mod 97)", () => {
    // 2010203123 mod 97 = 52 → check 45
    expect(checkInsz("01020312345", "2001-02-03")).toBeNull();
    const parsed = parseInsz("01020312345");
    expect(parsed.ok && parsed.info.birthDate).toBe("2001-02-03");
  });

  it("tells the century by the check: the pre-2000 digits mean 1901, which does not match a 2001 birth", () => {
    expect(checkInsz("01020312316")).toBeNull(); // valid as 3 February 1901
    expect(checkInsz("01020312316", "2001-02-03")).toBe("birthDate");
  });

  it("rejects wrong lengths and letters", () => {
    expect(checkInsz("9305182236")).toBe("format");
    expect(checkInsz("9305182236A")).toBe("format");
  });

  it("reads BIS numbers (month + 20 / + 40) and unknown birth dates", () => {
    const bis = makeInsz("1985-07-30", 33).replace(
      /^(\d{2})(\d{2})/,
      (_m, yy, mm) => `${yy}${Number(mm) + 40}`,
    );
    const fixed = `${bis.slice(0, 9)}${String(97 - (Number(bis.slice(0, 9)) % 97)).padStart(2, "0")}`;
    const parsed = parseInsz(fixed);
    expect(parsed.ok && parsed.info).toMatchObject({ birthDate: "1985-07-30", isBis: true });
  });

  it("makes valid numbers for demo data", () => {
    for (const birth of ["1960-01-01", "1999-12-31", "2000-01-01", "2004-02-29"]) {
      expect(checkInsz(makeInsz(birth, 7), birth)).toBeNull();
    }
  });
});

describe("KBO/BCE", () => {
  it("accepts a valid number in any notation", () => {
    expect(checkKbo("0403.019.657")).toBeNull();
    expect(checkKbo("BE 0202.746.628")).toBeNull();
    expect(normaliseKbo("403.019.657")).toBe("0403019657");
  });
  it("rejects a wrong check or a wrong first digit", () => {
    expect(checkKbo("0403019658")).toBe("checksum");
    expect(checkKbo("2403019657")).toBe("format");
    expect(checkKbo("04030196")).toBe("format");
  });
  it("makes valid numbers", () => {
    expect(checkKbo(makeKbo(12345678))).toBeNull();
  });
});

describe("postal codes and regions", () => {
  it.each([
    ["1000", "BRUSSELS"],
    ["1210", "BRUSSELS"],
    ["1300", "WALLONIA"],
    ["1500", "FLANDERS"],
    ["2000", "FLANDERS"],
    ["4000", "WALLONIA"],
    ["4700", "GERMAN_SPEAKING"],
    ["4780", "GERMAN_SPEAKING"],
    ["4800", "WALLONIA"],
    ["7000", "WALLONIA"],
    ["9000", "FLANDERS"],
    ["0999", null],
    ["10000", null],
  ])("%s → %s", (code, region) => {
    expect(regionOfPostalCode(code)).toBe(region);
  });
});

describe("search names", () => {
  it("drops accents and case", () => {
    expect(searchNameOf("Élise", "Van der Ĕecken")).toBe("van der eecken elise");
  });
});
