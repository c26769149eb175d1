// Gives Playwright workers the database the e2e server uses, so that fixtures can create their own data
// through the same mutations the application uses.
import { readFileSync } from "node:fs";
import path from "node:path";

import { setRuntimeEnv } from "../../lib/env";

export async function connectToAppDatabase(): Promise<void> {
  if (process.env.E2E_DATABASE_URL) {
    setRuntimeEnv({ DATABASE_URL: process.env.E2E_DATABASE_URL });
    return;
  }
  const file = path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e", "postgres.credentials.json");
  const credentials = JSON.parse(readFileSync(file, "utf8")) as {
    user: string;
    password: string;
    port: number;
  };
  setRuntimeEnv({
    DATABASE_URL: `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${credentials.port}/reprise`,
  });
}
