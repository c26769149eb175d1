// The reporting API end to end below HTTP: tokens created once and stored hashed, 401 without a valid token or
// after revocation, 403 without the scope, the same numbers as the report functions, and every use audited.
import { beforeAll, describe, expect, it } from "vitest";

import { authenticateApiRequest } from "@/lib/api-tokens/auth";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { hashToken } from "@/lib/api-tokens/rules";
import { getDb } from "@/lib/db";
import { makeTeam, makeUser } from "@/prisma/factories";
import { handleReportApiRequest } from "@/lib/reports/api";
import { REPORT_DEFINITIONS_VERSION } from "@/lib/reports/definitions";
import { getCohortReport } from "@/lib/reports/queries";
import { addMember, addPeriod } from "@/lib/reports/test-fixtures";

let admin: { id: string; email: string; role: "ADMIN" };
let teamId = "";

beforeAll(async () => {
  const user = await makeUser("ADMIN");
  admin = { id: user.id, email: user.email, role: "ADMIN" };
  teamId = (await makeTeam()).id;
  for (let i = 0; i < 6; i++) {
    const member = await addMember({ teamId, sex: i < 5 ? "F" : "M", birthDate: "1980-01-01" });
    await addPeriod(member, { start: `2026-0${i + 1}-01`, diagnosis: "MSK" });
  }
});

function get(path: string, token?: string) {
  return handleReportApiRequest(
    new Request(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    path.split("?")[0]!.split("/").at(-1)!,
  );
}

async function auditRows(tokenId: string) {
  return getDb().auditEvent.findMany({
    where: { entity: "ApiToken", entityId: tokenId },
    orderBy: { id: "asc" },
    select: { action: true, actorEmail: true, changes: true },
  });
}

describe("API tokens", () => {
  it("are returned once and stored only as a SHA-256 hash, and their creation is audited", async () => {
    const created = await createApiToken({ name: "Power BI", scopes: ["reports:read"] }, { actor: admin });
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.prefix).toBe(created.token.slice(0, 12));
    const [creation] = await auditRows(created.id);
    expect(creation).toMatchObject({ action: "CREATE", actorEmail: admin.email });
    expect(JSON.stringify(creation!.changes)).not.toContain(created.token);
  });

  it("authenticate only when known, not revoked and carrying the scope", async () => {
    const created = await createApiToken({ name: "Scoped", scopes: ["reports:read"] }, { actor: admin });
    expect(await authenticateApiRequest(`Bearer ${created.token}`, "reports:read")).toMatchObject({
      ok: true,
    });
    expect(await authenticateApiRequest(null, "reports:read")).toEqual({
      ok: false,
      status: 401,
      client: null,
    });
    const forged = `${created.token.slice(0, -1)}${created.token.endsWith("A") ? "B" : "A"}`;
    expect(await authenticateApiRequest(`Bearer ${forged}`, "reports:read")).toEqual({
      ok: false,
      status: 401,
      client: null,
    });
    await getDb().apiToken.update({ where: { id: created.id }, data: { scopes: [] } });
    expect(await authenticateApiRequest(`Bearer ${created.token}`, "reports:read")).toMatchObject({
      ok: false,
      status: 403,
    });
  });
});

describe("GET /api/v1/reports/{report}", () => {
  it("answers 401 without a token, 200 with one (the report's numbers), 401 after revocation", async () => {
    const created = await createApiToken({ name: "BI", scopes: ["reports:read"] }, { actor: admin });
    const path = `/api/v1/reports/cohort?team=${teamId}&asOf=2026-11-22&by=sex`;

    const anonymous = await get(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");

    const response = await get(path, created.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    const expected = await getCohortReport({
      from: null,
      to: null,
      asOf: "2026-11-22",
      by: "sex",
      team: teamId,
      region: null,
      coordinator: null,
    });
    expect(body.definitionsVersion).toBe(REPORT_DEFINITIONS_VERSION);
    expect(body.groups).toEqual(expected.groups);
    expect(body.population).toBe(6);
    expect((body.groups as { group: string; share: number | null }[]).map((g) => [g.group, g.share])).toEqual(
      [
        ["F", 83.3],
        ["M", null],
        ["X", null],
      ],
    );
    const used = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(used.lastUsedAt).not.toBeNull();

    await revokeApiToken({ id: created.id }, { actor: admin });
    expect((await get(path, created.token)).status).toBe(401);

    const audit = await auditRows(created.id);
    expect(audit.map((row) => row.action)).toEqual(["CREATE", "API_ACCESS", "UPDATE", "API_ACCESS"]);
    expect(audit[1]).toMatchObject({
      actorEmail: `api-token:${created.prefix} (BI)`,
      changes: { method: "GET", path: "/api/v1/reports/cohort", status: 200 },
    });
    expect(audit[3]!.changes).toMatchObject({ status: 401 });
  });

  it("answers 422 with field messages for bad or unknown parameters, and 404 for an unknown report", async () => {
    const { token } = await createApiToken({ name: "Typos", scopes: ["reports:read"] }, { actor: admin });
    const invalid = await get("/api/v1/reports/cohort?from=2026-05-01&to=2026-04-01&form=x", token);
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({
      error: {
        code: "VALIDATION",
        message: "Some query parameters are not valid.",
        fields: { to: ["The end date cannot be before the start date."], form: ["Unknown parameter."] },
      },
    });
    const future = await get("/api/v1/reports/funnel?asOf=2999-01-01", token);
    expect(((await future.json()) as { error: { fields: unknown } }).error.fields).toEqual({
      asOf: ["The as-of date cannot be in the future."],
    });
    expect((await get("/api/v1/reports/salaries", token)).status).toBe(404);
    const caseload = await get(`/api/v1/reports/caseload?team=${teamId}&limit=1`, token);
    expect(caseload.status).toBe(200);
    expect(await caseload.json()).toMatchObject({
      report: "caseload",
      total: { members: 6, suppressed: false },
    });
  });
});
