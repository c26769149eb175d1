// The medical columns (DOMAIN.md, medical secrecy) are documented in prisma/schema.prisma — each field carries a
// `/// Medical (physician only)` doc comment and the domain header lists them — and enforced through
// MEDICAL_COLUMNS in lib/medical/access.ts. The leak checks of the database tests use that same list, so a
// medical column missing from it would be neither hidden nor looked for: check the three agree.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { MEDICAL_COLUMNS } from "@/lib/medical/access";

const schema = readFileSync("prisma/schema.prisma", "utf8");

/** Field names that are medical whatever their comment says (the ones DOMAIN.md names). */
const MEDICAL_FIELD_NAMES = new Set(["diagnosisGroup", "certificateContent", "medicalNotes"]);

interface SchemaField {
  model: string;
  field: string;
  doc: string;
}

/** Every field of every model, with the `///` doc comment just above it. */
function schemaFields(text: string): SchemaField[] {
  const fields: SchemaField[] = [];
  let model: string | null = null;
  let doc: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const opening = /^model\s+(\w+)\s*\{/.exec(line);
    if (opening) {
      model = opening[1]!;
      doc = [];
      continue;
    }
    if (!model) continue;
    if (line === "}") {
      model = null;
      continue;
    }
    if (line.startsWith("///")) {
      doc.push(line.slice(3).trim());
      continue;
    }
    const field = /^(\w+)\s+\S/.exec(line);
    if (field) fields.push({ model, field: field[1]!, doc: doc.join(" ") });
    doc = [];
  }
  return fields;
}

/** A field is medical when its doc comment starts with "Medical" or mentions medical secrecy, or by its name. */
function isMedical({ field, doc }: SchemaField): boolean {
  return /^Medical\b/.test(doc) || /medical secrecy/i.test(doc) || MEDICAL_FIELD_NAMES.has(field);
}

const key = (model: string, field: string) => `${model}.${field}`;

const fields = schemaFields(schema);
const documented = fields.filter(isMedical).map((f) => key(f.model, f.field));
const declared = Object.entries(MEDICAL_COLUMNS).flatMap(([model, columns]) =>
  columns.map((column) => key(model, column)),
);

describe("the medical columns", () => {
  it("reads the schema's models and fields (so the comparison below is not vacuous)", () => {
    const models = new Set(fields.map((f) => f.model));
    expect(models).toContain("IncapacityPeriod");
    expect(models).toContain("CapacityAssessment");
    expect(fields.map((f) => key(f.model, f.field))).toContain("CapacityAssessment.functionalLimitations");
    // "Non-medical" and "medical values masked" are not the marker.
    expect(documented).not.toContain("CapacityAssessment.functionalLimitations");
    expect(documented).not.toContain("AuditEvent.changes");
  });

  it("lists in MEDICAL_COLUMNS exactly the fields the schema documents as medical, per model", () => {
    expect([...declared].sort()).toEqual([...documented].sort());
    expect(declared.length).toBeGreaterThanOrEqual(3);
  });

  it("lists only columns that exist on their model", () => {
    const existing = new Set(fields.map((f) => key(f.model, f.field)));
    for (const column of declared) expect(existing, column).toContain(column);
  });

  it("agrees with the list in the schema's domain header", () => {
    const header = /Medical fields\s*—([^(]*)are selected only/.exec(schema.replace(/\n\/\/\s*/g, " "));
    expect(header, "the schema's header no longer lists the medical fields").not.toBeNull();
    const listed = [...header![1]!.matchAll(/\b([A-Z]\w*)\.(\w+)\b/g)].map((m) => key(m[1]!, m[2]!));
    expect([...listed].sort()).toEqual([...declared].sort());
  });
});
