// npm run admin -- <command> [options]
//   create-user --email E --name N --role ROLE [--team "Team name"] [--locale nl|fr|de|en] [--password-stdin]
//   reset-password --email E [--password-stdin]
//   reset-2fa --email E          (lost phone and recovery codes: the user enrols again at the next sign-in)
//   list-users
// Prints the generated password (or reads one from stdin), so that a fresh install can be bootstrapped.
import { ROLES } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { resetSecondFactor } from "@/lib/mfa/mutations";
import { resetUserPassword } from "@/lib/users/mutations";
import { createUser } from "@/lib/users/mutations";
import { ZCreateUserSchema } from "@/lib/users/schemas";

import { flagString, parseArgs, runMain, withDatabase } from "./lib/run";

const CLI_CONTEXT = { actor: null, actorLabel: "admin-cli" } as const;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

function usage(): never {
  throw new Error(
    [
      "Usage:",
      '  npm run admin -- create-user --email E --name N --role ROLE [--team "Team"] [--locale nl|fr|de|en] [--password-stdin]',
      "  npm run admin -- reset-password --email E [--password-stdin]",
      "  npm run admin -- reset-2fa --email E",
      "  npm run admin -- list-users",
      `Roles: ${ROLES.join(", ")}`,
    ].join("\n"),
  );
}

runMain(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const command = positional[0];
  if (!command || !["create-user", "reset-password", "reset-2fa", "list-users"].includes(command)) usage();
  const password = flags["password-stdin"] ? await readStdin() : "";

  await withDatabase(
    async () => {
      const db = getDb();
      if (command === "list-users") {
        const users = await db.user.findMany({ orderBy: { email: "asc" }, include: { team: true } });
        for (const user of users) {
          console.log(
            `${user.email}\t${user.role}\t${user.team?.name ?? "-"}\t${user.isActive ? "active" : "inactive"}`,
          );
        }
        return;
      }
      const email = flagString(flags, "email");
      if (!email) usage();
      if (command === "reset-2fa") {
        const user = await db.user.findUnique({
          where: { email: email.toLowerCase() },
          select: { id: true },
        });
        if (!user) throw new Error(`No user with e-mail ${email}.`);
        await resetSecondFactor({ userId: user.id }, CLI_CONTEXT);
        console.log(
          `Two-factor sign-in of ${email} reset; their sessions ended. They set it up again at the next sign-in.`,
        );
        return;
      }
      if (command === "reset-password") {
        const user = await db.user.findUnique({
          where: { email: email.toLowerCase() },
          select: { id: true, version: true },
        });
        if (!user) throw new Error(`No user with e-mail ${email}.`);
        const result = await resetUserPassword({ ...user, password: password || undefined }, CLI_CONTEXT);
        console.log(
          password ? `Password of ${email} changed.` : `New password for ${email}: ${result.password}`,
        );
        return;
      }
      const teamName = flagString(flags, "team");
      const team = teamName
        ? await db.team.findUnique({ where: { name: teamName }, select: { id: true } })
        : null;
      if (teamName && !team) {
        const teams = await db.team.findMany({ select: { name: true }, orderBy: { name: "asc" } });
        throw new Error(
          `No team named "${teamName}". Teams: ${teams.map((t) => t.name).join(", ") || "(none yet)"}`,
        );
      }
      const parsed = ZCreateUserSchema.safeParse({
        email,
        name: flagString(flags, "name") ?? "",
        role: (flagString(flags, "role") ?? "").toUpperCase(),
        teamId: team?.id ?? "",
        locale: flagString(flags, "locale") ?? "nl",
        password,
      });
      if (!parsed.success) {
        throw new Error(
          "Invalid input:\n" +
            parsed.error.issues
              .map((issue) => `  --${issue.path.join(".") || "input"}: ${issue.message}`)
              .join("\n"),
        );
      }
      const created = await createUser(parsed.data, CLI_CONTEXT);
      console.log(`Created ${created.email} (${parsed.data.role}).`);
      if (!password) console.log(`Password: ${created.password}`);
    },
    { quiet: true },
  );
});
