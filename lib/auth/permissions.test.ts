import { describe, expect, it } from "vitest";

import { can, PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";

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

  it("names only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });
});
