import { describe, expect, it } from "vitest";

import {
  can,
  canOnceVerified,
  PERMISSIONS,
  requiresSecondFactor,
  ROLES,
  type Permission,
} from "@/lib/auth/permissions";

describe("permission table", () => {
  it.each([
    ["ADMIN", "admin.users", true],
    ["MANAGER", "admin.users", false],
    ["COORDINATOR", "admin.audit", false],
    ["COORDINATOR", "member.read", true],
    ["MANAGER", "member.read", false],
    ["ADMIN", "member.read", false],
    // V8: only a physician writes a category or an authorised-activity decision, and reads medical data
    ["ADVISING_PHYSICIAN", "capacity.assess", true],
    ["COORDINATOR", "capacity.assess", false],
    ["COORDINATOR", "activity.decide", false],
    ["COORDINATOR", "medical.read", false],
    ["MANAGER", "medical.read", false],
    ["ADMIN", "medical.read", false],
    ["COORDINATOR", "activity.request", true],
    ["MANAGER", "reports.read", true],
    ["COORDINATOR", "reports.read", false],
    ["ADVISING_PHYSICIAN", "reports.read", false],
    ["MANAGER", "member.reassign", true],
  ] as const)("%s %s → %s", (role, permission, expected) => {
    expect(can({ role }, permission)).toBe(expected);
  });

  it("refuses everything to a visitor without a session", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[])
      expect(can(null, permission)).toBe(false);
  });

  it("lets every role update its own profile", () => {
    for (const role of ROLES) expect(can({ role }, "profile.update")).toBe(true);
  });

  it("holds a session without its required second factor to its profile and the enrolment", () => {
    for (const role of ["ADVISING_PHYSICIAN", "ADMIN"] as const) {
      const pending = { role, mfaPending: true };
      expect(can(pending, "profile.update")).toBe(true);
      expect(can(pending, "account.security")).toBe(true);
      for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
        if (permission === "profile.update" || permission === "account.security") continue;
        expect(can(pending, permission), permission).toBe(false);
      }
    }
    expect(can({ role: "ADVISING_PHYSICIAN", mfaPending: true }, "medical.read")).toBe(false);
    expect(can({ role: "ADVISING_PHYSICIAN", mfaPending: false }, "medical.read")).toBe(true);
    expect(canOnceVerified({ role: "ADMIN" }, "admin.users")).toBe(true);
    expect(canOnceVerified({ role: "MANAGER" }, "admin.users")).toBe(false);
  });

  it("requires the second factor of physicians and admins only", () => {
    expect(ROLES.filter(requiresSecondFactor)).toEqual(["ADVISING_PHYSICIAN", "ADMIN"]);
  });

  it("names only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });
});
