import { describe, expect, it } from "vitest";

import {
  fieldErrorsFrom,
  parseFilter,
  parseMessageKey,
  refineDateRange,
  translateFieldErrors,
  z,
} from "@/lib/validation";

function messagesFor(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("zod messages are translation keys", () => {
  it("calls an empty required string 'required'", () => {
    expect(messagesFor(z.string().min(1), "")).toEqual(["required"]);
    expect(messagesFor(z.object({ a: z.string() }), {})).toEqual(["required"]);
  });

  it("carries the limit with the key", () => {
    expect(messagesFor(z.string().min(12), "short")).toEqual(["tooShort?min=12"]);
    expect(messagesFor(z.number().max(40), 41)).toEqual(["max?max=40"]);
    expect(messagesFor(z.number().gt(0), 0)).toEqual(["greaterThan?min=0"]);
  });

  it("names formats", () => {
    expect(messagesFor(z.email(), "not-an-address")).toEqual(["invalidEmail"]);
    expect(messagesFor(z.iso.date(), "2026-02-30x")).toEqual(["invalidDate"]);
    expect(messagesFor(z.enum(["A", "B"]), "C")).toEqual(["invalidChoice"]);
  });

  it("calls an empty date or an unchosen option 'required', not 'invalid'", () => {
    expect(messagesFor(z.iso.date(), "")).toEqual(["required"]);
    expect(messagesFor(z.enum(["A", "B"]), "")).toEqual(["required"]);
    expect(messagesFor(z.union([z.iso.date(), z.literal("")]), "")).toEqual([]);
  });

  it("keeps a schema's own message", () => {
    expect(
      messagesFor(
        z.string().refine(() => false, "insz.checksum"),
        "x",
      ),
    ).toEqual(["insz.checksum"]);
  });

  it("parses keys with values back", () => {
    expect(parseMessageKey("tooShort?min=12")).toEqual({ key: "tooShort", values: { min: 12 } });
    expect(parseMessageKey("multipleOf?step=0.01")).toEqual({ key: "multipleOf", values: { step: 0.01 } });
    expect(parseMessageKey("required")).toEqual({ key: "required", values: {} });
  });

  it("groups field errors by path", () => {
    const result = z
      .object({ a: z.string().min(1), b: z.object({ c: z.number() }) })
      .safeParse({ a: "", b: { c: "x" } });
    expect(result.success ? "parsed" : fieldErrorsFrom(result.error)).toEqual({
      a: ["required"],
      "b.c": ["invalidNumber"],
    });
  });
});

describe("parseFilter: a bad filter value does not drop the whole filter", () => {
  const schema = refineDateRange(
    z.object({
      entity: z.enum(["User", "Team"]).optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      sort: z.enum(["name", "date"]).default("name"),
    }),
  );

  it("returns the whole filter when the query is valid", () => {
    expect(parseFilter(schema, { entity: "User", from: "2026-05-01", to: "2026-05-10" })).toEqual({
      filter: { entity: "User", from: "2026-05-01", to: "2026-05-10", sort: "name" },
      fieldErrors: {},
    });
  });

  it("leaves a bad field out and still applies the others", () => {
    expect(parseFilter(schema, { entity: "Nobody", from: "2026-05-01", sort: "date" })).toEqual({
      filter: { from: "2026-05-01", sort: "date" },
      fieldErrors: { entity: ["invalidChoice"] },
    });
    // A default stands in for a bad value that has one.
    expect(parseFilter(schema, { entity: "Team", sort: "size" })).toEqual({
      filter: { entity: "Team", sort: "name" },
      fieldErrors: { sort: ["invalidChoice"] },
    });
  });

  it("drops an end before the start but keeps the start", () => {
    expect(parseFilter(schema, { entity: "User", from: "2026-05-10", to: "2026-05-01" })).toEqual({
      filter: { entity: "User", from: "2026-05-10", sort: "name" },
      fieldErrors: { to: ["endBeforeStart"] },
    });
  });

  it("reports a cross-field error that only shows once a bad field is gone", () => {
    expect(parseFilter(schema, { entity: "Nobody", from: "2026-05-10", to: "2026-05-01" })).toEqual({
      filter: { from: "2026-05-10", sort: "name" },
      fieldErrors: { entity: ["invalidChoice"], to: ["endBeforeStart"] },
    });
  });

  it("applies nothing when the error is on the query as a whole", () => {
    const whole = z
      .object({ a: z.string().optional(), b: z.string().optional() })
      .refine((value) => !(value.a && value.b), "oneOrTheOther");
    expect(parseFilter(whole, { a: "x", b: "y" })).toEqual({
      filter: {},
      fieldErrors: { _form: ["oneOrTheOther"] },
    });
  });

  it("translates the first error of each field", () => {
    const messages: Record<string, string> = { invalid: "Not valid.", tooShort: "At least {min}." };
    const t = Object.assign(
      (key: string, values?: Record<string, string | number>) =>
        messages[key]!.replace("{min}", String(values?.min)),
      { has: (key: string) => key in messages },
    );
    expect(translateFieldErrors({ q: ["tooShort?min=3", "invalid"], to: ["endBeforeStart"] }, t)).toEqual({
      q: "At least 3.",
      to: "Not valid.",
    });
  });
});
