// Factories for tests and demo data: every record is made through the application's own mutations, so it
// passes the same validation and leaves the same audit rows as one a user creates.
import { randomBytes } from "node:crypto";

import type { AppLocale } from "@/lib/i18n/config";
import { unsafeEnrolSecondFactor } from "@/lib/mfa/mutations";
import { createTeam } from "@/lib/teams/mutations";
import { createUser } from "@/lib/users/mutations";
import { ZCreateUserSchema } from "@/lib/users/schemas";

export const FACTORY_CONTEXT = { actor: null, actorLabel: "factory" } as const;
export const FACTORY_PASSWORD = "Factory-Password-2026";

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

export async function makeTeam(
  overrides: {
    name?: string;
    region?: "FLANDERS" | "WALLONIA" | "BRUSSELS" | "GERMAN_SPEAKING" | "ABROAD";
  } = {},
) {
  const name = overrides.name ?? `Team ${uniqueSuffix()}`;
  const team = await createTeam({ name, region: overrides.region ?? "FLANDERS" }, FACTORY_CONTEXT);
  return { id: team.id, name };
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  role: "COORDINATOR" | "ADVISING_PHYSICIAN" | "MANAGER" | "ADMIN";
  teamId: string | null;
  /** Base32 key of the authenticator app, when made with `withTotp` (play the app with totpCodeOf). */
  totpSecret?: string;
  /** Unused recovery codes, when made with `withTotp`. */
  recoveryCodes?: string[];
}

/**
 * A user of the role. `withTotp: true` also enrols a second factor (required for advising physicians and
 * admins: docs/decisions/009) and returns its key and recovery codes; without it the user has none, as a
 * newly created account does.
 */
export async function makeUser(
  role: TestUser["role"],
  options: { teamId?: string; name?: string; locale?: AppLocale; withTotp?: boolean } = {},
): Promise<TestUser> {
  const teamId = role === "ADMIN" ? (options.teamId ?? null) : (options.teamId ?? (await makeTeam()).id);
  const suffix = uniqueSuffix();
  const input = ZCreateUserSchema.parse({
    email: `${role.toLowerCase()}-${suffix}@test.reprise.be`,
    name: options.name ?? `${role.charAt(0)}${role.slice(1).toLowerCase()} ${suffix}`,
    role,
    teamId: teamId ?? "",
    locale: options.locale ?? "nl",
    password: FACTORY_PASSWORD,
  });
  const user = await createUser(input, FACTORY_CONTEXT);
  const made: TestUser = {
    id: user.id,
    email: user.email,
    name: input.name,
    password: FACTORY_PASSWORD,
    role,
    teamId,
  };
  if (!options.withTotp) return made;
  const { secret, recoveryCodes } = await unsafeEnrolSecondFactor(user.id, FACTORY_CONTEXT);
  return { ...made, totpSecret: secret, recoveryCodes };
}
