import { describe, expect, it } from "vitest";

import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("applies the documented defaults", () => {
    const env = parseEnv({});
    expect(env.SESSION_IDLE_MINUTES).toBe(480);
    expect(env.LOGIN_MAX_ATTEMPTS).toBe(5);
    expect(env.LOGIN_LOCK_MINUTES).toBe(15);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SESSION_IDLE_MINUTES: "" }).SESSION_IDLE_MINUTES).toBe(480);
  });

  it("names a malformed database URL and shows what it got", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must be a postgresql:\/\/ connection URL \(got "mysql:\/\/x"\)/,
    );
  });

  it("rejects a non-numeric idle timeout", () => {
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "eight hours" })).toThrow(
      /SESSION_IDLE_MINUTES must be a whole number/,
    );
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "0" })).toThrow(
      /SESSION_IDLE_MINUTES must be greater than 0/,
    );
  });

  it("requires the signing secret in production with an external database", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/reprise" })).toThrow(
      /NEXTAUTH_SECRET is required in production/,
    );
    // The embedded database generates a secret of its own.
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
  });

  it("rejects a short secret", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(
      /NEXTAUTH_SECRET must be at least 32 characters/,
    );
  });

  it("reports every problem at once", () => {
    const parse = () => parseEnv({ DATABASE_URL: "nope", LOG_LEVEL: "loud" });
    expect(parse).toThrow(/DATABASE_URL/);
    expect(parse).toThrow(/LOG_LEVEL/);
  });
});
