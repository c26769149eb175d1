import { describe, expect, it } from "vitest";

import { ZRecordConsentSchema } from "@/lib/consents/schemas";

const base = {
  trajectoryId: "0193a1b2-aaaa-7000-8000-000000000001",
  party: "EMPLOYER",
  partyName: "",
  purposeCode: "WORK_ADJUSTMENTS",
  purpose: "",
  givenDate: "2026-11-02",
};

const errorsOf = (input: object) => {
  const result = ZRecordConsentSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe("ZRecordConsentSchema", () => {
  it("takes a purpose code without words", () => {
    expect(errorsOf(base)).toEqual({});
  });

  it("asks for the words of another purpose at the purpose field", () => {
    expect(errorsOf({ ...base, purposeCode: "OTHER" })).toEqual({ purpose: ["required"] });
    expect(errorsOf({ ...base, purposeCode: "OTHER", purpose: "   " })).toEqual({ purpose: ["required"] });
    expect(errorsOf({ ...base, purposeCode: "OTHER", purpose: "Budget coaching" })).toEqual({});
  });

  it("refuses a purpose that is no code, and words beyond 500 characters", () => {
    expect(Object.keys(errorsOf({ ...base, purposeCode: "Referral to VDAB" }))).toEqual(["purposeCode"]);
    expect(Object.keys(errorsOf({ ...base, purposeCode: "" }))).toEqual(["purposeCode"]);
    expect(Object.keys(errorsOf({ ...base, purposeCode: "OTHER", purpose: "x".repeat(501) }))).toEqual([
      "purpose",
    ]);
  });
});
