// Shared plumbing for command-line scripts: argument parsing, the database lifecycle and clean exits.
import { bootstrapDatabase } from "@/lib/database/bootstrap";
import { disconnectDb } from "@/lib/db";

export function parseArgs(argv: string[]): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags[name] = inline;
      else if (next !== undefined && !next.startsWith("--")) {
        flags[name] = next;
        i++;
      } else flags[name] = true;
    } else positional.push(arg);
  }
  return { positional, flags };
}

export function flagString(flags: Record<string, string | true>, name: string): string | undefined {
  const value = flags[name];
  return typeof value === "string" ? value : undefined;
}

export function flagNumber(flags: Record<string, string | true>, name: string, fallback: number): number {
  const value = flagString(flags, name);
  if (value === undefined) return fallback;
  const number = Number(value.replace(/_/g, ""));
  if (!Number.isFinite(number) || number < 0)
    throw new Error(`--${name} must be a non-negative number (got "${value}")`);
  return number;
}

/** Starts the database (embedded when DATABASE_URL is unset), migrates, runs `main`, and shuts down cleanly. */
export async function withDatabase<T>(
  main: () => Promise<T>,
  options: { migrate?: boolean; quiet?: boolean } = {},
): Promise<T> {
  const { embedded } = await bootstrapDatabase({
    migrate: options.migrate ?? true,
    log: options.quiet ? () => {} : (message) => console.log(`[reprise] ${message}`),
  });
  try {
    return await main();
  } finally {
    await disconnectDb();
    if (embedded?.isOwner) await embedded.stop();
  }
}

export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\n${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
