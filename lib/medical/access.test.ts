import { describe, expect, it } from "vitest";

import { findMedicalKeys, hasMedicalAccess, medicalSelect } from "@/lib/medical/access";

describe("medical access", () => {
  it("is held by an advising physician whose session passed the second factor, and by nobody else", () => {
    expect(hasMedicalAccess({ role: "ADVISING_PHYSICIAN", mfaVerified: true })).toBe(true);
    expect(hasMedicalAccess({ role: "ADVISING_PHYSICIAN", mfaVerified: false, mfaPending: true })).toBe(
      false,
    );
    // A caller that forgot to say whether the factor was passed gets nothing.
    expect(hasMedicalAccess({ role: "ADVISING_PHYSICIAN" })).toBe(false);
    for (const role of ["COORDINATOR", "MANAGER", "ADMIN"] as const) {
      expect(hasMedicalAccess({ role, mfaVerified: true })).toBe(false);
    }
  });

  it("selects a model's medical columns only for a reader with access", () => {
    expect(medicalSelect("IncapacityPeriod", true)).toEqual({
      diagnosisGroup: true,
      certificateContent: true,
    });
    expect(medicalSelect("IncapacityPeriod", false)).toEqual({
      diagnosisGroup: false,
      certificateContent: false,
    });
    expect(medicalSelect("CapacityAssessment", false)).toEqual({ medicalNotes: false });
  });

  it("finds medical keys at any depth, and none in a clean value", () => {
    const file = {
      periods: [{ startDate: "2026-01-05", diagnosisGroup: "MSK" }],
      assessments: [{ category: 2, details: { medicalNotes: "x" } }],
      at: new Date("2026-01-05T00:00:00Z"),
    };
    expect(findMedicalKeys(file)).toEqual([
      "$.periods[0].diagnosisGroup",
      "$.assessments[0].details.medicalNotes",
    ]);
    expect(findMedicalKeys({ periods: [{ startDate: "2026-01-05" }], note: null })).toEqual([]);
  });
});
