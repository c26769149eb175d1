// Prisma's own migration-SQL generator, run from its WASM build so that it works on machines that cannot
// download the native schema engine (docs/decisions/002-offline-migrations.md). Only the offline `diff`
// between two schema files is used: the WASM engine cannot read a live PostgreSQL (prisma/orm#27403).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { PrismaPg } from "@prisma/adapter-pg";

type DiffTarget = { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface WasmSchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

let enginePromise: Promise<WasmSchemaEngine> | undefined;

async function loadEngine(connectionString: string): Promise<WasmSchemaEngine> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  // Instantiate the module by hand instead of `import "./schema_engine_bg.wasm"`, which needs
  // --experimental-wasm-modules on Node 20.
  const bindings = await import(pathToFileURL(path.join(pkgDir, "schema_engine_bg.js")).href);
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();

  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  // The engine connects once on start (to learn the server version) even though both sides of the diff
  // are schema files, so it needs a reachable PostgreSQL; it creates nothing there.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }) as never);
  return bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter) as Promise<WasmSchemaEngine>;
}

/** The SQL Prisma would write to go from `fromSchema` (null = empty database) to `toSchema`. */
export async function diffSchemas(
  fromSchema: string | null,
  toSchema: string,
  connectionString: string,
): Promise<string> {
  enginePromise ??= loadEngine(connectionString);
  const engine = await enginePromise;
  const target = (content: string): DiffTarget => ({
    tag: "schemaDatamodel",
    files: [{ path: "schema.prisma", content }],
  });
  const result = await engine.diff({
    from: fromSchema === null ? { tag: "empty" } : target(fromSchema),
    to: target(toSchema),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = result.stdout ?? "";
  // The engine prefixes every script with this line; `prisma migrate dev` does not write it.
  return sql.replace(/^-- CreateSchema\s*\nCREATE SCHEMA IF NOT EXISTS "public";\s*\n*/m, "").trimStart();
}

/** True when the diff contains statements (an empty migration is rendered as a comment only). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
