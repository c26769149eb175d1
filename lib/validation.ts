// Zod messages as translation keys, so that the same schema gives translated field errors in the browser
// (react-hook-form) and on the server (defineAction). A key may carry values: "tooShort?min=12".
// Keys live in the `validation` namespace of the message files.
import { z } from "zod";

function key(name: string, values?: Record<string, string | number | bigint | undefined>): string {
  const defined = Object.entries(values ?? {}).filter(([, v]) => v !== undefined) as [string, string][];
  return defined.length ? `${name}?${new URLSearchParams(defined.map(([k, v]) => [k, String(v)]))}` : name;
}

z.config({
  customError: (issue) => {
    // An empty date, date-time or select is a missing value, not a malformed one.
    if (issue.input === "" && (issue.code === "invalid_format" || issue.code === "invalid_value")) {
      return key("required");
    }
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null || issue.input === ""
          ? key("required")
          : issue.expected === "number"
            ? key("invalidNumber")
            : key("invalid");
      case "too_small":
        if (issue.origin === "string") {
          return Number(issue.minimum) <= 1 ? key("required") : key("tooShort", { min: issue.minimum });
        }
        if (issue.origin === "array" || issue.origin === "set") return key("tooFew", { min: issue.minimum });
        if (issue.origin === "date") return key("dateTooEarly");
        return issue.inclusive
          ? key("min", { min: issue.minimum })
          : key("greaterThan", { min: issue.minimum });
      case "too_big":
        if (issue.origin === "string") return key("tooLong", { max: issue.maximum });
        if (issue.origin === "array" || issue.origin === "set") return key("tooMany", { max: issue.maximum });
        return issue.inclusive ? key("max", { max: issue.maximum }) : key("lessThan", { max: issue.maximum });
      case "invalid_format":
        if (issue.format === "email") return key("invalidEmail");
        if (issue.format === "date") return key("invalidDate");
        if (issue.format === "datetime") return key("invalidDateTime");
        if (issue.format === "uuid") return key("invalid");
        return key("invalidFormat");
      case "invalid_value":
        return key("invalidChoice");
      case "not_multiple_of":
        return key("multipleOf", { step: issue.divisor as number });
      default:
        return key("invalid");
    }
  },
});

export { z };

/** Splits "tooShort?min=12" into the key and its values (numbers as numbers, so each language formats them). */
export function parseMessageKey(message: string): { key: string; values: Record<string, string | number> } {
  const [name = "invalid", query] = message.split("?");
  const values = [...new URLSearchParams(query ?? "")].map(([k, v]) => [
    k,
    /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v,
  ]);
  return { key: name, values: Object.fromEntries(values) };
}

/** Field errors from a failed safeParse: `{ "address.postalCode": ["postalCode"] }`. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    (result[path] ??= []).push(issue.message);
  }
  return result;
}

/** A calendar date as entered in forms and stored in rules: "YYYY-MM-DD". */
export const zDate = () => z.iso.date();
export const zOptionalDate = () => z.union([z.iso.date(), z.literal("")]).optional();
export const zId = () => z.uuid();
/** Optimistic-concurrency version the form was loaded with. */
export const zVersion = () => z.number().int().positive();

/** Optional free text: "" when left empty (forms), trimmed and bounded. */
export const zOptionalText = (max = 2000) => z.string().trim().max(max);
/** Required free text. */
export const zText = (max = 2000) => z.string().trim().min(1).max(max);
/** Hours a week, up to two decimals. */
export const zHours = () => z.number().gt(0).max(60).multipleOf(0.01);

/**
 * For filters with a date range (from/to as "YYYY-MM-DD"): the end may not be before the start. The error
 * sits on `to`, so that parseFilter still applies `from`.
 */
export function refineDateRange<S extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(
  schema: S,
): S {
  return schema.refine((value) => !value.from || !value.to || value.from <= value.to, {
    path: ["to"],
    message: "endBeforeStart",
  });
}

/**
 * A list filter read from the URL of a GET filter form. A bad value must not drop the whole filter (the
 * user would read an unfiltered list as filtered): the query is parsed again without the invalid fields, so
 * that the valid ones still apply, and the invalid ones come back as field errors (message keys) to show
 * at their controls. The schema must accept an empty query.
 */
export function parseFilter<S extends z.ZodType>(
  schema: S,
  raw: Record<string, string | undefined>,
): { filter: z.output<S>; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  let values: Record<string, string | undefined> = { ...raw };
  for (;;) {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { filter: parsed.data, fieldErrors };
    for (const [field, messages] of Object.entries(fieldErrorsFrom(parsed.error))) {
      (fieldErrors[field] ??= []).push(...messages);
    }
    // Only top-level fields can be left out; an error on the whole query (no field) leaves nothing to keep.
    const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    const kept = Object.entries(values).filter(([field]) => !invalid.has(field));
    const isStuck = invalid.has("") || kept.length === Object.keys(values).length;
    if (isStuck && Object.keys(values).length === 0) {
      throw new Error(`A filter schema must accept an empty query: ${JSON.stringify(fieldErrors)}`);
    }
    values = isStuck ? {} : Object.fromEntries(kept);
  }
}

/** Something that translates `validation` keys: next-intl's t for that namespace. */
type ValidationTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** The first error of each field, translated (unknown keys read as "invalid"). */
export function translateFieldErrors(
  fieldErrors: Record<string, string[]>,
  t: ValidationTranslator,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => {
      const { key, values } = parseMessageKey(messages[0] ?? "invalid");
      return [field, t.has(key) ? t(key, values) : t("invalid")];
    }),
  );
}
