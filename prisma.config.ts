import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7 does not read .env and env("DATABASE_URL") throws when it is unset, even for `prisma generate`
// (ENVIRONMENT.md), so read process.env with a harmless fallback. Commands that really need a server
// (`prisma migrate deploy` on a connected machine) still get the real URL from the environment.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx scripts/db-seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/reprise",
  },
});
