// Exports carry the numbers of the report they were drawn from (CSV in either spreadsheet convention, XLSX as
// real numbers), every page of the caseload, a name with the filters, and an EXPORT audit row.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { makeTeam, makeUser } from "@/prisma/factories";
import { BOM, parseCsv } from "@/lib/reports/csv";
import { exportReport, getFullReport } from "@/lib/reports/export";
import { getCohortReport } from "@/lib/reports/queries";
import type { ReportFilter } from "@/lib/reports/schemas";
import { addMember, addPeriod } from "@/lib/reports/test-fixtures";

let manager: { id: string; email: string; role: "MANAGER" };
let filter: ReportFilter;
let teamName = "";

beforeAll(async () => {
  teamName = `Équipe export ${Date.now()}`;
  const team = await makeTeam({ name: teamName });
  const user = await makeUser("MANAGER", { teamId: team.id });
  manager = { id: user.id, email: user.email, role: "MANAGER" };
  filter = {
    from: "2026-01-01",
    to: null,
    asOf: "2026-10-31",
    by: null,
    team: team.id,
    region: null,
    coordinator: null,
  };
  const starts = [
    "2026-01-05",
    "2026-02-10",
    "2026-03-15",
    "2026-04-20",
    "2026-05-25",
    "2026-06-30",
    "2026-07-04",
  ];
  for (const [index, start] of starts.entries()) {
    const coordinator = await makeUser("COORDINATOR", {
      teamId: team.id,
      name: `Coordinator ${index} ${Date.now()}`,
    });
    const member = await addMember({
      teamId: team.id,
      sex: index < 5 ? "F" : "M",
      birthDate: index % 2 ? "1960-06-01" : "1985-06-01",
      coordinatorId: coordinator.id,
    });
    await addPeriod(member, {
      start,
      end: index === 0 ? "2026-03-31" : null,
      endReason: "FULL_RETURN",
      diagnosis: "MSK",
    });
  }
});

describe("report exports", () => {
  it("write the cohort as CSV with ';' and decimal commas, the screen's numbers, and are audited", async () => {
    const report = await getCohortReport(filter);
    const file = await exportReport(
      "cohort",
      filter,
      { format: "csv", separator: ";" },
      {
        actor: manager,
        locale: "nl",
        requestId: "req-export-1",
      },
    );
    expect(file!.fileName).toBe(
      `reprise-cohort_asof-2026-10-31_from-2026-01-01_team-equipe-export-${teamName.split(" ").at(-1)}.csv`,
    );
    const text = file!.body.toString("utf8");
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text, ";");
    expect(header).toEqual([
      "Dimensie",
      "Groep",
      "Periodes",
      "Aandeel (%)",
      "Gemiddelde arbeidsongeschiktheid (dagen)",
      "Progressieve werkhervatting (%)",
      "Mediaan aantal dagen tot progressieve werkhervatting",
      "Mediane duur progressieve werkhervatting (dagen)",
      "Gemiddeld volume (%)",
      "Volledige werkhervatting (%)",
      "Onderdrukt (minder dan 5)",
    ]);
    const women = rows.find((row) => row[1] === "Vrouwen")!;
    const group = report.groups.find((g) => g.group === "F")!;
    expect(women[2]).toBe(String(group.periods));
    expect(women[3]).toBe(group.share!.toFixed(1).replace(".", ","));
    expect(women[4]).toBe(group.meanIncapacityDays!.toFixed(1).replace(".", ","));
    expect(women[10]).toBe("nee");
    expect(rows.find((row) => row[1] === "Mannen")!.slice(2)).toEqual([
      "2",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "ja",
    ]);
    const audit = await getDb().auditEvent.findFirst({ where: { requestId: "req-export-1" } });
    expect(audit).toMatchObject({
      action: "EXPORT",
      entity: "Report",
      entityId: "cohort",
      actorId: manager.id,
    });
    expect(audit!.changes).toMatchObject({
      format: "csv",
      separator: ";",
      table: "groups",
      fileName: file!.fileName,
    });
  });

  it("write XLSX with the same cells as numbers, and an about sheet with the definitions version", async () => {
    const report = await getCohortReport(filter);
    const file = await exportReport(
      "cohort",
      filter,
      { format: "xlsx", separator: "," },
      {
        actor: manager,
        locale: "en",
        requestId: null,
      },
    );
    expect(file!.fileName.endsWith(".xlsx")).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Dimension");
    const womenRow = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(2).value === "Women")!;
    const women = report.groups.find((g) => g.group === "F")!;
    expect(womenRow.getCell(3).value).toBe(women.periods);
    expect(womenRow.getCell(4).value).toBe(women.share);
    expect(womenRow.getCell(5).value).toBe(women.meanIncapacityDays);
    expect(womenRow.getCell(4).numFmt).toBe("0.0");
    const about = workbook.worksheets.at(-1)!;
    const facts = about.getSheetValues().flat().map(String);
    expect(facts).toContain("Definitions version");
    expect(facts).toContain("2026-10-31");
  });

  it("write German headers, groups, about sheet and definitions for a German-speaking manager", async () => {
    const file = await exportReport(
      "cohort",
      filter,
      { format: "xlsx", separator: "," },
      { actor: manager, locale: "de", requestId: null },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(["Dimension", "Gruppe", "Zeiträume", "Anteil (%)", "Vollständige Rückkehr (%)"]),
    );
    expect(sheet.getRows(2, sheet.rowCount - 1)!.map((row) => row.getCell(2).value)).toContain("Frauen");
    const about = workbook.worksheets.at(-1)!;
    expect(about.name).toBe("Info");
    const facts = about.getSheetValues().flat().map(String);
    expect(facts).toContain("Version der Definitionen");
    expect(facts.some((text) => text.startsWith("Zeiträume in der Gruppe ÷"))).toBe(true);

    const csv = await exportReport(
      "cohort",
      filter,
      { format: "csv", separator: ";" },
      { actor: manager, locale: "de", requestId: null },
    );
    const [header] = parseCsv(csv!.body.toString("utf8").replace(BOM, ""), ";");
    expect(header).toContain("Mittlere Arbeitsunfähigkeit (Tage)");
  });

  it("write every coordinator of the caseload, not one page", async () => {
    const file = await exportReport(
      "caseload",
      filter,
      { format: "csv", separator: "," },
      {
        actor: manager,
        locale: "en",
        requestId: null,
      },
    );
    const rows = parseCsv(file!.body.toString("utf8"), ",");
    // header + 7 coordinators + no coordinator + total
    expect(rows).toHaveLength(1 + 7 + 2);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(["Total", "7"]);
    const paged = await getFullReport("caseload", filter, 2);
    expect(paged.report === "caseload" && paged.rows.length).toBe(7);
    expect(paged.report === "caseload" && new Set(paged.rows.map((row) => row.coordinatorId)).size).toBe(7);
  });

  it("refuse a table the report does not have", async () => {
    expect(
      await exportReport(
        "cohort",
        filter,
        { format: "csv", separator: ",", table: "months" },
        {
          actor: manager,
          locale: "en",
          requestId: null,
        },
      ),
    ).toBeNull();
  });
});
