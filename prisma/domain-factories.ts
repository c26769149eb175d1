// Member-file factories for tests: each builds through the application's mutations, acting as a real user of
// the right role, so every row passes the same rules and leaves the same audit trail.
import { randomInt } from "node:crypto";

import { addDays, todayInBrussels, type ISODate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { ScopedUser } from "@/lib/members/access";
import type { MemberContext } from "@/lib/members/context";
import { createMember } from "@/lib/members/mutations";
import { makeInsz } from "@/lib/members/rules";
import { ZCreateMemberSchema, type TCreateMember } from "@/lib/members/schemas";
import { registerPeriod } from "@/lib/incapacity/mutations";
import { makeUser, uniqueSuffix, type TestUser } from "@/prisma/factories";

/**
 * The acting user of a test user, as the session would give it — by default a session that passed its
 * second factor (lib/auth/session.ts); `secondFactorPassed: false` gives one that did not.
 */
export async function actorOf(
  user: TestUser,
  options: { secondFactorPassed?: boolean } = {},
): Promise<MemberContext> {
  const row = await getDb().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { team: { select: { region: true } } },
  });
  const passed = options.secondFactorPassed ?? true;
  const actor: ScopedUser & { mfaVerified: boolean; mfaPending: boolean } = {
    id: user.id,
    email: user.email,
    role: user.role,
    teamId: user.teamId,
    region: row.team?.region ?? null,
    mfaVerified: passed,
    mfaPending: !passed && (user.role === "ADVISING_PHYSICIAN" || user.role === "ADMIN"),
  };
  return { actor, requestId: `test-${uniqueSuffix()}` };
}

let serial = randomInt(1, 990);

/** A member in the coordinator's team (and caseload). */
export async function makeMember(
  coordinator: TestUser,
  overrides: Partial<TCreateMember> = {},
): Promise<{ id: string; firstName: string; lastName: string; insz: string }> {
  const birthDate =
    overrides.birthDate ??
    `19${String(60 + randomInt(0, 35)).padStart(2, "0")}-0${randomInt(1, 9)}-1${randomInt(0, 9)}`;
  serial = (serial % 997) + 1;
  const suffix = uniqueSuffix();
  const input = ZCreateMemberSchema.parse({
    insz: makeInsz(birthDate, serial),
    externalId: `EXT-${suffix}`,
    firstName: "Lotte",
    lastName: `Test ${suffix}`,
    birthDate,
    sex: "F",
    language: "nl",
    region: "FLANDERS",
    postalCode: "9000",
    municipality: "Gent",
    address: "",
    phone: "",
    email: "",
    statute: "EMPLOYEE",
    workType: "INTELLECTUAL",
    workRegime: "FULL_TIME",
    referenceWeeklyHours: 38,
    sector: "Q",
    employerId: "",
    coordinatorId: "",
    confirmNotDuplicate: true,
    ...overrides,
  });
  const result = await createMember(input, await actorOf(coordinator));
  if (!("created" in result))
    throw new Error(`member not created: duplicates ${JSON.stringify(result.duplicates)}`);
  return { id: result.created.id, firstName: input.firstName, lastName: input.lastName, insz: input.insz };
}

/** A member with an open incapacity period that started `daysAgo` days ago. */
export async function makeMemberInIncapacity(
  coordinator: TestUser,
  daysAgo = 200,
  overrides: Partial<TCreateMember> = {},
) {
  const member = await makeMember(coordinator, overrides);
  const startDate: ISODate = addDays(todayInBrussels(), -daysAgo);
  const period = await registerPeriod(
    {
      memberId: member.id,
      startDate,
      endDate: "",
      endReason: "",
      declarationDate: startDate,
      continuePrevious: false,
    },
    await actorOf(coordinator),
  );
  return { ...member, periodId: period.id, startDate };
}

/** A coordinator, an advising physician of the same region and a member in incapacity in their team. */
export async function makeCaseTeam(daysAgo = 200) {
  const coordinator = await makeUser("COORDINATOR");
  const physician = await makeUser("ADVISING_PHYSICIAN");
  const member = await makeMemberInIncapacity(coordinator, daysAgo);
  return { coordinator, physician, member };
}
