import { describe, expect, it } from "vitest";

import { openApiDocument } from "@/lib/reports/openapi";
import { FILTER_KEYS, REPORT_IDS } from "@/lib/reports/schemas";

describe("OpenAPI document", () => {
  const document = openApiDocument("https://reprise.example.be/") as {
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, { get: { parameters: { name: string; schema: { enum?: string[] } }[] } }>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { scheme: string }> };
  };

  it("describes GET /reports/{report} for every report with every filter", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers[0]!.url).toBe("https://reprise.example.be/api/v1");
    const operation = document.paths["/reports/{report}"]!.get;
    const names = operation.parameters.map((parameter) => parameter.name);
    expect(names).toEqual(expect.arrayContaining(["report", ...FILTER_KEYS, "cursor", "limit"]));
    expect(operation.parameters.find((parameter) => parameter.name === "report")!.schema.enum).toEqual([
      ...REPORT_IDS,
    ]);
    expect(document.components.securitySchemes.bearerAuth!.scheme).toBe("bearer");
  });

  it("has no reference to a schema it does not define", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
      (match) => match[1]!,
    );
    expect(refs.length).toBeGreaterThan(REPORT_IDS.length);
    for (const name of refs) expect(document.components.schemas, name).toHaveProperty(name);
  });
});
