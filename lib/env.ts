// Configuration, parsed once. This is the only module that reads process.env (ESLint enforces it), so a
// missing or malformed variable fails at start with a message that names it.
import { z } from "zod";

const positiveInt = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().positive("must be greater than 0"))
    .default(fallback);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgresql:// connection URL")
      .optional(),
    DATABASE_POOL_MAX: positiveInt(10),
    EMBEDDED_DATABASE_DIR: z.string().min(1).default(".data/postgres"),
    EMBEDDED_DATABASE_PORT: z
      .string()
      .regex(/^\d+$/, "must be a port number")
      .transform(Number)
      .pipe(z.number().int().min(0).max(65535))
      .default(0),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (openssl rand -base64 32)")
      .optional(),
    NEXTAUTH_URL: z
      .url("must be the URL users open, e.g. https://reprise.example.be")
      .default("http://localhost:3000"),
    SESSION_IDLE_MINUTES: positiveInt(480),
    LOGIN_MAX_ATTEMPTS: positiveInt(5),
    LOGIN_LOCK_MINUTES: positiveInt(15),
    REFERRAL_RESPONSE_DAYS: positiveInt(30),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  })
  .superRefine((env, ctx) => {
    // With an external database the operator must provide the signing secret; the embedded database is a
    // local install and generates one in its data folder (lib/database/bootstrap.ts).
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production (openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses a set of variables; empty strings count as unset. Throws one error that lists every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join(".") || "environment";
      const got = typeof cleaned[name] === "string" ? ` (got "${String(cleaned[name]).slice(0, 40)}")` : "";
      return `  - ${name} ${issue.message}${got}`;
    });
    throw new EnvError(
      `Invalid configuration:\n${lines.join("\n")}\nSee the Configuration section of README.md.`,
    );
  }
  return result.data;
}

const cache = globalThis as unknown as { __repriseEnv?: Env };

export function getEnv(): Env {
  cache.__repriseEnv ??= parseEnv(process.env);
  return cache.__repriseEnv;
}

/**
 * Values decided at start-up rather than configured (the embedded database's URL, its generated secret).
 * Written to process.env because next-auth reads NEXTAUTH_SECRET and NEXTAUTH_URL from there itself.
 */
export function setRuntimeEnv(values: Partial<Record<"DATABASE_URL" | "NEXTAUTH_SECRET", string>>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value) process.env[key] = value;
  }
  cache.__repriseEnv = undefined;
}

/** Whether the server was configured without a database and should run the embedded one. */
export function wantsEmbeddedDatabase(): boolean {
  return !process.env.DATABASE_URL;
}
