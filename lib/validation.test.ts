import { describe, expect, it } from "vitest";

import { fieldErrorsFrom, parseMessageKey, z } from "@/lib/validation";

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
