// npm run db:seed [-- --members N --seed S --today YYYY-MM-DD --profile default|target] [-- --force]
// Creates the demo organisation (teams, users); with --members, also N generated member files (seed S,
// default 1; as of --today, default today in Brussels; --profile target for the load of a large fund, see
// prisma/generator/model.ts). Refuses to run with NODE_ENV=production unless --force.
import { isISODate, todayInBrussels } from "@/lib/dates";
import { getEnv } from "@/lib/env";
import { generateMembers } from "@/prisma/generator/generate";
import { PROFILES, isProfileName } from "@/prisma/generator/model";
import { describeDemoLogins, seedOrganisation } from "@/prisma/seed";

import { flagNumber, flagString, parseArgs, runMain, withDatabase } from "./lib/run";

runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  if (getEnv().NODE_ENV === "production" && !flags.force) {
    throw new Error(
      "Refusing to seed demo data with NODE_ENV=production: demo accounts with a published password would be" +
        " created. Add --force if this really is a demonstration server.",
    );
  }
  const members = flagNumber(flags, "members", 0);
  const seed = flagNumber(flags, "seed", 1);
  const today = flagString(flags, "today") ?? todayInBrussels();
  const profile = flagString(flags, "profile") ?? "default";
  if (!Number.isInteger(members)) throw new Error(`--members must be a whole number (got ${members})`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number (got ${seed})`);
  if (!isISODate(today)) throw new Error(`--today must be a date YYYY-MM-DD (got "${today}")`);
  if (!isProfileName(profile))
    throw new Error(`--profile must be one of ${Object.keys(PROFILES).join(", ")} (got "${profile}")`);
  await withDatabase(async () => {
    if (members > 0) await generateMembers({ members, seed, today, profile });
    else await seedOrganisation();
    console.log(`\n${describeDemoLogins()}`);
  });
});
