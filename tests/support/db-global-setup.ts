// Database tests run against a real PostgreSQL: the one in TEST_DATABASE_URL (any database on that server;
// the tests create and drop their own), or a throwaway embedded server started here and stopped afterwards.
// Migrations are applied once to a template database; each test file clones it (CREATE DATABASE … TEMPLATE).
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { startTemporaryPostgres, type EmbeddedDatabase } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrations";

export const TEMPLATE_DATABASE = "reprise_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

let server: EmbeddedDatabase | null = null;

export async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    server = await startTemporaryPostgres();
    serverUrl = server.url;
  }
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await applyMigrations(withDatabase(serverUrl, TEMPLATE_DATABASE), path.resolve("prisma/migrations"));
  project.provide("testServerUrl", serverUrl);
}

export async function teardown() {
  await server?.stop();
}
