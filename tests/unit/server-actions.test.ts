// Every export of a "use server" file becomes a public HTTP endpoint (vercel/next.js#63804). Only actions
// built with defineAction — which checks the session, the permission and the input — may be exported.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const serverFiles = ["app", "lib", "components"]
  .flatMap((dir) => sourceFiles(path.resolve(dir)))
  .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")));

describe('"use server" files', () => {
  it("exist (the check is not vacuous)", () => {
    expect(serverFiles.length).toBeGreaterThan(0);
  });

  it.each(serverFiles.map((file) => [path.relative(process.cwd(), file), file]))(
    "%s exports only defineAction actions",
    (_name, file) => {
      const source = readFileSync(file, "utf8");
      const exports = [...source.matchAll(/^export\s+(?!type\b|interface\b)[^\n]*/gm)].map((m) => m[0]);
      const offenders = exports.filter((line) => !/^export const \w+ = defineAction\(/.test(line));
      expect(offenders).toEqual([]);
    },
  );
});
