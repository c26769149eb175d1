import { describe, expect, it } from "vitest";

import { filterToQuery, parseReportFilter } from "@/lib/reports/schemas";

const TODAY = "2026-11-22";
const TEAM = "0194f3a0-0000-7000-8000-000000000001";

describe("parseReportFilter", () => {
  it("defaults asOf to today and leaves every other filter unset", () => {
    expect(parseReportFilter("cohort", {}, TODAY)).toEqual({
      ok: true,
      filter: { from: null, to: null, asOf: TODAY, by: null, team: null, region: null, coordinator: null },
    });
  });

  it("treats empty and blank values as absent (an untouched GET form)", () => {
    const result = parseReportFilter("cohort", { from: "", to: "  ", team: "", asOf: "" }, TODAY);
    expect(result).toMatchObject({ ok: true, filter: { from: null, to: null, team: null, asOf: TODAY } });
  });

  it("keeps every valid filter", () => {
    const result = parseReportFilter(
      "cohort",
      {
        from: "2026-01-01",
        to: "2026-06-30",
        asOf: "2026-10-01",
        by: "ageBand",
        team: TEAM,
        region: "WALLONIA",
      },
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      filter: {
        from: "2026-01-01",
        to: "2026-06-30",
        asOf: "2026-10-01",
        by: "ageBand",
        team: TEAM,
        region: "WALLONIA",
        coordinator: null,
      },
    });
  });

  it("refuses impossible dates, a period that ends before it starts, and an asOf in the future", () => {
    // One message per problem: the API returns these lists to its clients as they are.
    expect(parseReportFilter("cohort", { from: "2026-02-30", asOf: "2026-11-23" }, TODAY)).toEqual({
      ok: false,
      fieldErrors: { from: ["invalidDate"], asOf: ["reports.filters.asOfInFuture"] },
    });
    const reversed = parseReportFilter("cohort", { from: "2026-05-01", to: "2026-04-30" }, TODAY);
    expect(reversed).toEqual({ ok: false, fieldErrors: { to: ["endBeforeStart"] } });
    expect(parseReportFilter("cohort", { from: "2026-05-01", to: "2026-05-01" }, TODAY).ok).toBe(true);
    expect(parseReportFilter("cohort", { asOf: TODAY }, TODAY).ok).toBe(true);
  });

  it("accepts `by` only for the cohort report, and only its three dimensions", () => {
    expect(parseReportFilter("funnel", { by: "sex" }, TODAY)).toEqual({
      ok: false,
      fieldErrors: { by: ["invalidChoice"] },
    });
    expect(parseReportFilter("cohort", { by: "region" }, TODAY).ok).toBe(false);
    expect(parseReportFilter("cohort", { by: "diagnosis" }, TODAY).ok).toBe(true);
  });

  it("refuses malformed team and coordinator ids and unknown regions", () => {
    expect(
      parseReportFilter("caseload", { team: "team-1", coordinator: "x", region: "MARS" }, TODAY),
    ).toEqual({
      ok: false,
      fieldErrors: { team: ["invalid"], coordinator: ["invalid"], region: ["invalidChoice"] },
    });
  });

  it("in strict mode (the API) refuses parameters it does not know instead of ignoring them", () => {
    const result = parseReportFilter("cohort", { form: "2026-01-01" }, TODAY, { strict: true });
    expect(result).toEqual({ ok: false, fieldErrors: { form: ["reports.filters.unknownParameter"] } });
    expect(parseReportFilter("cohort", { form: "2026-01-01" }, TODAY).ok).toBe(true);
    expect(
      parseReportFilter("caseload", { cursor: "abc" }, TODAY, { strict: true, allowed: ["cursor"] }).ok,
    ).toBe(true);
  });
});

describe("filterToQuery", () => {
  it("gives back the query that parses to the same filter", () => {
    const parsed = parseReportFilter("cohort", { from: "2026-01-01", by: "sex", region: "BRUSSELS" }, TODAY);
    if (!parsed.ok) throw new Error("expected a valid filter");
    const query = filterToQuery(parsed.filter);
    expect(query).toEqual({ from: "2026-01-01", asOf: TODAY, by: "sex", region: "BRUSSELS" });
    expect(parseReportFilter("cohort", query, TODAY)).toEqual(parsed);
  });
});
