// Demo data: the demo organisation (always), created through the same mutations a user would use, so that
// every row passes the same validation and leaves the same audit trail.
import { requiresSecondFactor } from "@/lib/auth/permissions";
import { unsafeEnrolSecondFactor } from "@/lib/mfa/mutations";
import { groupKey } from "@/lib/mfa/totp";
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_TOTP_SECRET, DEMO_USERS } from "@/prisma/demo-users";
import { getDb } from "@/lib/db";
import { createTeam } from "@/lib/teams/mutations";
import { createUser } from "@/lib/users/mutations";
import { ZCreateUserSchema } from "@/lib/users/schemas";

const SEED_CONTEXT = { actor: null, actorLabel: "seed" } as const;

export async function seedOrganisation(
  log: (message: string) => void = console.log,
): Promise<{ created: number }> {
  const db = getDb();
  const teamIds = new Map<string, string>();
  for (const team of DEMO_TEAMS) {
    const existing = await db.team.findUnique({ where: { name: team.name }, select: { id: true } });
    teamIds.set(team.name, existing?.id ?? (await createTeam(team, SEED_CONTEXT)).id);
  }
  let created = 0;
  for (const user of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
    const input = ZCreateUserSchema.parse({
      email: user.email,
      name: user.name,
      role: user.role,
      teamId: user.team ? teamIds.get(user.team) : "",
      locale: user.locale,
      password: DEMO_PASSWORD,
    });
    const account = await createUser(input, SEED_CONTEXT);
    // Physicians and admins need a second factor: the demo accounts share the published demo key.
    if (requiresSecondFactor(input.role))
      await unsafeEnrolSecondFactor(account.id, SEED_CONTEXT, DEMO_TOTP_SECRET);
    created++;
  }
  log(`demo organisation: ${DEMO_TEAMS.length} teams, ${DEMO_USERS.length} users (${created} new)`);
  return { created };
}

export function describeDemoLogins(): string {
  const width = Math.max(...DEMO_USERS.map((user) => user.email.length));
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD})`,
    `Physicians and the admin also need a code from an authenticator app with the key ${groupKey(DEMO_TOTP_SECRET)}`,
    "(or print the current code with: npm run demo:code)",
    ...DEMO_USERS.map(
      (user) => `  ${user.email.padEnd(width)}  ${user.role}${user.team ? ` · ${user.team}` : ""}`,
    ),
  ].join("\n");
}
