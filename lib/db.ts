// The one Prisma client (CONVENTIONS.md §8). Cached on globalThis so that development reloads do not open a
// new pool each time; the pool size is explicit.
import { PrismaPg } from "@prisma/adapter-pg";

import { getEnv } from "@/lib/env";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

function createClient(): PrismaClient {
  const env = getEnv();
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set and the embedded database has not been started (see README, Configuration).",
    );
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX });
  return new PrismaClient({
    adapter,
    // Password hashes never leave the auth module by accident: it asks for them explicitly.
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 5_000, timeout: 10_000 },
  });
}

type Client = ReturnType<typeof createClient>;
const cache = globalThis as unknown as { __repriseDb?: Client };

export function getDb(): Client {
  cache.__repriseDb ??= createClient();
  return cache.__repriseDb;
}

/** A client or an open transaction: data functions accept either so they can join a caller's transaction. */
export type Db = Client | Prisma.TransactionClient;

export async function disconnectDb(): Promise<void> {
  await cache.__repriseDb?.$disconnect();
  cache.__repriseDb = undefined;
}

/** Decimal columns (hours) as plain numbers; null stays null. */
export function decimalOrNull(value: Prisma.Decimal | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export { Prisma };
