import { describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/login";
import { mapDatabaseError } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTeam, updateTeam } from "@/lib/teams/mutations";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/mutations";

const context = { actor: null, actorLabel: "test" };

async function setup(email: string) {
  const team = await createTeam({ name: `Users ${email}`, region: "WALLONIA" }, context);
  const user = await createUser(
    { email, name: "Claire", role: "COORDINATOR", teamId: team.id, locale: "fr", password: "" },
    context,
  );
  return { team, user };
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("user administration", () => {
  it("creates a user with a generated password that works, and audits it without the password", async () => {
    const { user } = await setup("new@test.be");
    expect(user.password.length).toBeGreaterThanOrEqual(12);
    expect((await authenticate("new@test.be", user.password)).ok).toBe(true);
    const audit = await getDb().auditEvent.findFirstOrThrow({
      where: { entity: "User", entityId: user.id, action: "CREATE" },
    });
    expect(JSON.stringify(audit.changes)).not.toContain(user.password);
    expect(audit.actorEmail).toBe("test");
  });

  it("answers a duplicate address (any case) with a field error, not a crash", async () => {
    const { team } = await setup("dup@test.be");
    const error = await errorOf(
      createUser(
        {
          email: "DUP@test.be",
          name: "Other",
          role: "COORDINATOR",
          teamId: team.id,
          locale: "nl",
          password: "",
        },
        context,
      ),
    );
    const mapped = mapDatabaseError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped?.fieldErrors).toEqual({ email: ["emailTaken"] });
  });

  it("holds the team rule in the database too", async () => {
    const error = await errorOf(
      getDb().user.create({
        data: { email: "noteam@test.be", name: "X", role: "MANAGER", passwordHash: "x" },
      }),
    );
    expect(mapDatabaseError(error)?.fieldErrors).toEqual({ teamId: ["teamRequired"] });
  });

  it("applies one of two edits made from the same version and answers CONFLICT to the other", async () => {
    const { user, team } = await setup("race@test.be");
    const { version } = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    const edit = (name: string) =>
      updateUser({ id: user.id, version, name, role: "COORDINATOR", teamId: team.id, locale: "fr" }, context);
    const results = await Promise.allSettled([edit("First"), edit("Second")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    const after = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(["First", "Second"]).toContain(after.name);
    expect(after.version).toBe(version + 1);
    expect(
      await getDb().auditEvent.count({ where: { entity: "User", entityId: user.id, action: "UPDATE" } }),
    ).toBe(1);
  });

  it("answers NOT_FOUND for a user that does not exist", async () => {
    const error = await errorOf(
      updateUser(
        {
          id: "0190aaaa-0000-7000-8000-000000000000",
          version: 1,
          name: "X",
          role: "ADMIN",
          teamId: "",
          locale: "en",
        },
        context,
      ),
    );
    expect((error as AppError).code).toBe("NOT_FOUND");
  });

  it("signs a deactivated user out of every session", async () => {
    const { user } = await setup("out@test.be");
    const signIn = await authenticate("out@test.be", user.password);
    expect(signIn.ok).toBe(true);
    expect(await getDb().authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    const { version } = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    await setUserActive({ id: user.id, version, isActive: false }, context);
    const open = await getDb().authSession.count({ where: { userId: user.id, revokedAt: null } });
    expect(open).toBe(0);
  });

  it("forbids an admin to deactivate or demote themselves", async () => {
    const { user, team } = await setup("self@test.be");
    const self = { actor: { id: user.id, email: "self@test.be", role: "ADMIN" as const } };
    const { version } = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(
      ((await errorOf(setUserActive({ id: user.id, version, isActive: false }, self))) as AppError).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        (await errorOf(
          updateUser(
            { id: user.id, version, name: "S", role: "MANAGER", teamId: team.id, locale: "fr" },
            self,
          ),
        )) as AppError
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("ends open sessions when a new password is set", async () => {
    const { user } = await setup("pw@test.be");
    const openSessions = () => getDb().authSession.count({ where: { userId: user.id, revokedAt: null } });
    expect((await authenticate("pw@test.be", user.password)).ok).toBe(true);
    // The sign-in opened exactly one session, so the reset below has one to end.
    expect(await openSessions()).toBe(1);
    const { version } = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    const { password } = await resetUserPassword({ id: user.id, version }, context);
    expect(await openSessions()).toBe(0);
    expect((await authenticate("pw@test.be", user.password)).ok).toBe(false);
    expect((await authenticate("pw@test.be", password)).ok).toBe(true);
  });

  it("renames a team with a version check", async () => {
    const team = await createTeam({ name: "Old name", region: "BRUSSELS" }, context);
    await updateTeam({ id: team.id, version: 1, name: "New name", region: "BRUSSELS" }, context);
    expect(
      (
        (await errorOf(
          updateTeam({ id: team.id, version: 1, name: "Newer", region: "BRUSSELS" }, context),
        )) as AppError
      ).code,
    ).toBe("CONFLICT");
  });
});
