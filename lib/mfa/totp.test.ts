import { describe, expect, it } from "vitest";

import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  otpauthUri,
  timeStep,
  totp,
  type TotpAlgorithm,
} from "@/lib/mfa/totp";

const ascii = (text: string) => new TextEncoder().encode(text);

// RFC 6238 Appendix B: the seeds are the ASCII digits repeated to the hash's block length.
const SEEDS: Record<TotpAlgorithm, Uint8Array> = {
  sha1: ascii("12345678901234567890"),
  sha256: ascii("12345678901234567890123456789012"),
  sha512: ascii("1234567890123456789012345678901234567890123456789012345678901234"),
};

const RFC6238: [number, string, string, string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("TOTP (RFC 6238 Appendix B)", () => {
  it.each(RFC6238)("at %i s gives the published 8-digit codes", (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totp(SEEDS.sha1, at, { period: 30, digits: 8, algorithm: "sha1" })).toBe(sha1);
    expect(totp(SEEDS.sha256, at, { period: 30, digits: 8, algorithm: "sha256" })).toBe(sha256);
    expect(totp(SEEDS.sha512, at, { period: 30, digits: 8, algorithm: "sha512" })).toBe(sha512);
  });
});

describe("HOTP (RFC 4226 Appendix D)", () => {
  it("gives the published 6-digit codes for counters 0–9", () => {
    const expected = [
      "755224",
      "287082",
      "359152",
      "969429",
      "338314",
      "254676",
      "287922",
      "162583",
      "399871",
      "520489",
    ];
    expect(expected.map((_, counter) => hotp(SEEDS.sha1, counter))).toEqual(expected);
  });
});

describe("matching a typed code", () => {
  const key = SEEDS.sha1;
  const at = new Date(1_800_000_015_000);
  const step = timeStep(at);

  it("accepts the current code, with spaces, and one step of drift either way", () => {
    expect(matchTotp(key, hotp(key, step), at)).toBe(step);
    expect(matchTotp(key, `${hotp(key, step).slice(0, 3)} ${hotp(key, step).slice(3)}`, at)).toBe(step);
    expect(matchTotp(key, hotp(key, step - 1), at)).toBe(step - 1);
    expect(matchTotp(key, hotp(key, step + 1), at)).toBe(step + 1);
  });

  it("refuses codes two steps away, wrong codes and anything that is not six digits", () => {
    expect(matchTotp(key, hotp(key, step - 2), at)).toBeNull();
    expect(matchTotp(key, hotp(key, step + 2), at)).toBeNull();
    const wrong = String((Number(hotp(key, step)) + 1) % 1_000_000).padStart(6, "0");
    expect(matchTotp(key, wrong, at)).toBeNull();
    expect(matchTotp(key, "12345", at)).toBeNull();
    expect(matchTotp(key, "abcdef", at)).toBeNull();
    expect(matchTotp(key, "", at)).toBeNull();
  });

  it("never accepts a step again once it was used (no replay)", () => {
    const code = hotp(key, step);
    expect(matchTotp(key, code, at, { lastUsedStep: step - 1 })).toBe(step);
    expect(matchTotp(key, code, at, { lastUsedStep: step })).toBeNull();
    expect(matchTotp(key, hotp(key, step - 1), at, { lastUsedStep: step })).toBeNull();
    expect(matchTotp(key, hotp(key, step + 1), at, { lastUsedStep: step })).toBe(step + 1);
  });
});

describe("base32 and the key-uri", () => {
  it("encodes the RFC 4648 test vectors and decodes them back", () => {
    const vectors: [string, string][] = [
      ["f", "MY"],
      ["fo", "MZXQ"],
      ["foo", "MZXW6"],
      ["foob", "MZXW6YQ"],
      ["fooba", "MZXW6YTB"],
      ["foobar", "MZXW6YTBOI"],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(ascii(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
    }
    expect(new TextDecoder().decode(base32Decode("mzxw 6ytb-oi=="))).toBe("foobar");
    expect(() => base32Decode("MZ1")).toThrow(RangeError);
  });

  it("builds the otpauth URI authenticator apps expect", () => {
    const uri = otpauthUri({ secret: "JBSWY3DPEHPK3PXP", account: "an@fund.be", issuer: "Reprise" });
    expect(uri).toBe(
      "otpauth://totp/Reprise:an%40fund.be?secret=JBSWY3DPEHPK3PXP&issuer=Reprise&algorithm=SHA1&digits=6&period=30",
    );
  });
});
