import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { bearerToken, generateToken, hashToken, hasScope, isWellFormedToken } from "@/lib/api-tokens/rules";

describe("API tokens", () => {
  it("are 256 random bits behind a recognisable prefix, different every time", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a.token).toMatch(/^rpr_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.prefix).toBe(a.token.slice(0, 12));
    expect(isWellFormedToken(a.token)).toBe(true);
  });

  it("are stored as the SHA-256 hex digest, never in clear", () => {
    const { token, hash } = generateToken();
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).toHaveLength(64);
    expect(hash).not.toContain(token.slice(4, 20));
    expect(hashToken(token)).toBe(hash);
  });

  it("are read from an Authorization: Bearer header only", () => {
    const { token } = generateToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer   ${token} `)).toBe(token);
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken("Bearer rpr_short")).toBeNull();
    expect(bearerToken(`Bearer ${token} extra`)).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("grant only the scopes they carry", () => {
    expect(hasScope(["reports:read"], "reports:read")).toBe(true);
    expect(hasScope([], "reports:read")).toBe(false);
  });
});
