import { describe, expect, it } from "vitest";

import { checkPasswordPolicy, generatePassword } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(checkPasswordPolicy("grey-Heron-walks-7", "an@fund.be")).toEqual([]);
  });

  it("needs at least 12 characters (11 refused, 12 accepted)", () => {
    expect(checkPasswordPolicy("Abcdefgh-11")).toContain("password.tooShort");
    expect(checkPasswordPolicy("Abcdefgh-123")).not.toContain("password.tooShort");
  });

  it("refuses the e-mail address and its local part, in any case", () => {
    expect(checkPasswordPolicy("An.Peeters@Fund.be", "an.peeters@fund.be")).toContain("password.isEmail");
    expect(checkPasswordPolicy("AN.PEETERS.VL", "an.peeters.vl@fund.be")).toContain("password.isEmail");
  });

  it("refuses common passwords whatever their case, and single repeated characters", () => {
    expect(checkPasswordPolicy("Password1234")).toContain("password.common");
    expect(checkPasswordPolicy("WACHTWOORD123")).toContain("password.common");
    expect(checkPasswordPolicy("zzzzzzzzzzzzzz")).toContain("password.common");
  });

  it("generates passwords that pass the policy and differ", () => {
    const a = generatePassword();
    const b = generatePassword();
    expect(checkPasswordPolicy(a)).toEqual([]);
    expect(a).not.toBe(b);
  });
});
