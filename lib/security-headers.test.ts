import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, isPlausibleRequestId, securityHeaders } from "@/lib/security-headers";

describe("security headers", () => {
  it("allows only nonce-bearing scripts, never inline ones", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS in production only", () => {
    // Two years, subdomains included (at least the one year browsers' preload lists ask for).
    expect(
      securityHeaders("n", { isDevelopment: false, isProduction: true })["Strict-Transport-Security"],
    ).toBe("max-age=63072000; includeSubDomains");
    expect(
      securityHeaders("n", { isDevelopment: true, isProduction: false })["Strict-Transport-Security"],
    ).toBeUndefined();
  });

  it("accepts plain request ids only", () => {
    expect(isPlausibleRequestId("3f2a9c1e-1111-4444-8888-abcdefabcdef")).toBe(true);
    expect(isPlausibleRequestId("x\r\nSet-Cookie: a=b")).toBe(false);
    expect(isPlausibleRequestId(null)).toBe(false);
  });
});
