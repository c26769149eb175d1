import { randomBytes } from "node:crypto";

import pg from "pg";

import { serverDatabaseUrl } from "./db-setup";

/** An empty database on the test server, dropped by the returned function. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `scratch_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverDatabaseUrl("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: serverDatabaseUrl(name),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverDatabaseUrl("postgres") });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
