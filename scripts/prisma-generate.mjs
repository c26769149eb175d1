#!/usr/bin/env node
// Runs `prisma generate` on machines that cannot download Prisma's native schema engine.
// Generation does not need the engine, but the CLI insists on locating one: point it at a script that
// explains itself when the real binary is absent, and leave connected machines alone (ENVIRONMENT.md).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };

function hasNativeSchemaEngine() {
  const dirs = [
    path.join(root, "node_modules", "@prisma", "engines"),
    path.join(root, "node_modules", "prisma"),
  ];
  return dirs.some(
    (dir) => existsSync(dir) && readdirSync(dir).some((name) => name.startsWith("schema-engine-")),
  );
}

if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "scripts", "schema-engine-unavailable.sh");
}

const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
if (!existsSync(cli)) {
  console.log("prisma is not installed (production install?); skipping client generation.");
  process.exit(0);
}
const result = spawnSync(process.execPath, [cli, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
