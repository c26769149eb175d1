import { describe, expect, it } from "vitest";

import {
  decryptSecret,
  encryptSecret,
  generateRecoveryCodes,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  normaliseRecoveryCode,
} from "@/lib/mfa/crypto";

const MASTER = "unit-test-master-secret-unit-test-master";
const USER = "0193a1b2-0000-7000-8000-000000000001";

describe("TOTP secrets at rest", () => {
  it("round-trips, and never stores the secret in clear", () => {
    const payload = encryptSecret("JBSWY3DPEHPK3PXP", MASTER, USER);
    expect(payload).not.toContain("JBSWY3DPEHPK3PXP");
    expect(payload.startsWith("v1.")).toBe(true);
    expect(decryptSecret(payload, MASTER, USER)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret("JBSWY3DPEHPK3PXP", MASTER, USER)).not.toBe(
      encryptSecret("JBSWY3DPEHPK3PXP", MASTER, USER),
    );
  });

  it("refuses another key, another user's row and any tampering", () => {
    const payload = encryptSecret("JBSWY3DPEHPK3PXP", MASTER, USER);
    expect(() => decryptSecret(payload, `${MASTER}-rotated`, USER)).toThrow();
    expect(() => decryptSecret(payload, MASTER, "0193a1b2-0000-7000-8000-000000000002")).toThrow();
    const [version, iv, tag, ciphertext] = payload.split(".");
    const flipped = Buffer.from(ciphertext!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      decryptSecret([version, iv, tag, flipped.toString("base64url")].join("."), MASTER, USER),
    ).toThrow();
    expect(() => decryptSecret("v0.abc.def.ghi", MASTER, USER)).toThrow(/format/);
  });

  it("needs a master secret", () => {
    expect(() => encryptSecret("JBSWY3DPEHPK3PXP", "", USER)).toThrow(/master secret/);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of 60 bits in three groups", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
  });

  it("hash the same however they are typed, and differently per code and per key", () => {
    const hash = hashRecoveryCode("7k30-q9xa-2hd1", MASTER);
    expect(hashRecoveryCode("7K3O Q9XA 2HDL", MASTER)).toBe(hash);
    expect(hashRecoveryCode("7k30q9xa2hdi", MASTER)).toBe(hash);
    expect(hashRecoveryCode("7k30-q9xa-2hd2", MASTER)).not.toBe(hash);
    expect(hashRecoveryCode("7k30-q9xa-2hd1", `${MASTER}-other`)).not.toBe(hash);
    expect(hash).not.toContain("7k30");
    expect(normaliseRecoveryCode(" 7K3O-Q9XA-2HDL ")).toBe("7k30q9xa2hd1");
  });

  it("are told apart from TOTP codes and junk", () => {
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("7k30-q9xa-2hd")).toBe(false);
    expect(looksLikeRecoveryCode("7k30-q9xa-2hdu")).toBe(false);
  });
});
