// Turns a refusal by PostgreSQL (unique, check, exclusion, foreign key) into an AppError with a field error.
// Prisma 7 wraps the driver's error; the SQLSTATE and constraint name are dug out of whatever shape it has.
import { CONSTRAINT_MESSAGES } from "@/lib/database/constraint-messages";
import { AppError } from "@/lib/errors";

interface DatabaseFailure {
  sqlState: string | null;
  constraint: string | null;
  prismaCode: string | null;
  fields: string[];
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

function collect(error: unknown): DatabaseFailure {
  const found: DatabaseFailure = { sqlState: null, constraint: null, prismaCode: null, fields: [] };
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== "object" || seen.has(value) || depth > 6) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const codeKey of ["originalCode", "code"]) {
      const code = record[codeKey];
      if (typeof code === "string") {
        if (/^P\d{4}$/.test(code)) found.prismaCode ??= code;
        else if (SQLSTATE.test(code)) found.sqlState ??= code;
      }
    }
    const constraint = record.constraint;
    if (typeof constraint === "string") found.constraint ??= constraint;
    if (constraint && typeof constraint === "object") {
      const c = constraint as { index?: unknown; fields?: unknown };
      if (typeof c.index === "string") found.constraint ??= c.index;
      if (Array.isArray(c.fields)) found.fields.push(...c.fields.map(String));
    }
    if (Array.isArray(record.target)) found.fields.push(...record.target.map(String));
    for (const messageKey of ["originalMessage", "message"]) {
      const message = record[messageKey];
      if (typeof message === "string" && !found.constraint) {
        const match = message.match(/constraint "([^"]+)"/);
        if (match?.[1]) found.constraint = match[1];
      }
    }
    for (const key of ["cause", "meta", "driverAdapterError", "error"]) visit(record[key], depth + 1);
  };
  visit(error, 0);
  return found;
}

/** An AppError for a constraint violation we know how to explain, or null. */
export function mapDatabaseError(error: unknown): AppError | null {
  const failure = collect(error);
  const isConstraint =
    ["23505", "23514", "23P01", "23503", "23502"].includes(failure.sqlState ?? "") ||
    ["P2002", "P2003", "P2004", "P2011"].includes(failure.prismaCode ?? "");
  if (!isConstraint) return null;
  const known = failure.constraint ? CONSTRAINT_MESSAGES[failure.constraint] : undefined;
  if (known) {
    return new AppError("VALIDATION", {
      fieldErrors: { [known.field]: [known.key] },
      detail: failure.constraint!,
    });
  }
  if (failure.prismaCode === "P2002" || failure.sqlState === "23505") {
    const field = failure.fields[0] ?? "_form";
    return new AppError("VALIDATION", { fieldErrors: { [field]: ["alreadyExists"] }, detail: "unique" });
  }
  if (failure.prismaCode === "P2003" || failure.sqlState === "23503") {
    return new AppError("NOT_FOUND", { detail: `foreign key ${failure.constraint ?? ""}` });
  }
  return new AppError("VALIDATION", {
    fieldErrors: { _form: ["constraint"] },
    detail: `constraint ${failure.constraint ?? failure.sqlState ?? failure.prismaCode}`,
  });
}
