// Per test file: a fresh database cloned from the migrated template, wired into lib/env and lib/db.
import { randomBytes } from "node:crypto";

import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

import { disconnectDb } from "../../lib/db";
import { setRuntimeEnv } from "../../lib/env";

const TEMPLATE_DATABASE = "reprise_test_template";
const database = `reprise_test_${randomBytes(5).toString("hex")}`;

function urlFor(name: string): string {
  const url = new URL(inject("testServerUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor("postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`));
  process.env.DATABASE_POOL_MAX = "4";
  setRuntimeEnv({
    DATABASE_URL: urlFor(database),
    NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123",
  });
});

afterAll(async () => {
  await disconnectDb();
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
});

/** The URL of this file's database (for tests that talk SQL directly). */
export function testDatabaseUrl(): string {
  return urlFor(database);
}

/** A connection to the server's maintenance database (to create scratch databases). */
export function serverDatabaseUrl(name: string): string {
  return urlFor(name);
}
