// npm run db:seed [-- --force]
// Creates the demo organisation (teams, users). Refuses to run with NODE_ENV=production unless --force.
import { getEnv } from "@/lib/env";
import { describeDemoLogins, seedOrganisation } from "@/prisma/seed";

import { parseArgs, runMain, withDatabase } from "./lib/run";

runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  if (getEnv().NODE_ENV === "production" && !flags.force) {
    throw new Error(
      "Refusing to seed demo data with NODE_ENV=production: demo accounts with a published password would be" +
        " created. Add --force if this really is a demonstration server.",
    );
  }
  await withDatabase(async () => {
    await seedOrganisation();
    console.log(`\n${describeDemoLogins()}`);
  });
});
