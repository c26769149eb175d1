// npm run db:reset [-- --force] — drop everything in the database and migrate from scratch.
import pg from "pg";

import { bootstrapDatabase } from "@/lib/database/bootstrap";
import { getEnv } from "@/lib/env";

import { parseArgs, runMain, withDatabase } from "./lib/run";

runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  if (getEnv().NODE_ENV === "production" && !flags.force) {
    throw new Error(
      "Refusing to reset a database with NODE_ENV=production. Add --force if you really mean it.",
    );
  }
  const { embedded } = await bootstrapDatabase({ migrate: false });
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  console.log("[reprise] database emptied");
  await withDatabase(async () => {});
  if (embedded?.isOwner) await embedded.stop();
});
