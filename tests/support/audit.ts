import { expect } from "vitest";

import { getDb } from "../../lib/db";

/** Runs `change` and checks that it wrote exactly one audit row (and returns the change's result and the row). */
export async function expectOneAuditRow<T>(change: () => Promise<T>) {
  const db = getDb();
  const before = await db.auditEvent.aggregate({ _max: { id: true } });
  const result = await change();
  const rows = await db.auditEvent.findMany({ where: { id: { gt: before._max.id ?? 0n } } });
  expect(rows, `audit rows written: ${rows.map((r) => `${r.action} ${r.entity}`).join(", ")}`).toHaveLength(
    1,
  );
  return { result, audit: rows[0]! };
}

/** Runs a change expected to fail and returns the error. */
export async function failureOf(
  change: () => Promise<unknown>,
): Promise<{ code?: string; fieldErrors?: Record<string, string[]>; messageKey?: string }> {
  try {
    await change();
  } catch (error) {
    return error as { code?: string };
  }
  throw new Error("expected the change to fail");
}

/**
 * Runs a change that must fail with `expected` (matched partially) and checks that it wrote nothing: `read`
 * returns the same before and after, and no audit row was added.
 */
export async function expectRefused(
  change: () => Promise<unknown>,
  expected: Record<string, unknown>,
  read: () => Promise<unknown>,
) {
  const db = getDb();
  const before = await read();
  const lastAudit = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
  expect(await failureOf(change)).toMatchObject(expected);
  expect(await read()).toEqual(before);
  expect(await db.auditEvent.count({ where: { id: { gt: lastAudit } } })).toBe(0);
}
