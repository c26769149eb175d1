// The OpenAPI 3.1 document served at /api/v1/openapi.json, generated from the same constants as the reports
// (report ids, groups, metrics, definitions), so the description cannot drift from what the API answers.
import {
  AdjustmentRefusalReason,
  AdjustmentType,
  ReferralTarget,
  StopReason,
  TrajectoryOutcome,
} from "@/lib/generated/prisma/enums";
import { API_SCOPES } from "@/lib/api-tokens/schemas";
import {
  GENERAL_DEFINITIONS,
  REPORT_DEFINITIONS,
  REPORT_DEFINITIONS_VERSION,
} from "@/lib/reports/definitions";
import { API_CASELOAD_LIMIT, COHORT_DIMENSIONS, REPORT_IDS } from "@/lib/reports/schemas";
import {
  ADJUSTMENT_METRICS,
  CASELOAD_METRICS,
  COHORT_METRICS,
  COMPLIANCE_METRICS,
  COMPLIANCE_RULES,
  FUNNEL_STAGES,
  REFERRAL_METRICS,
} from "@/lib/reports/types";
import { REGIONS } from "@/lib/teams/schemas";
import { ENDING_STATUSES } from "@/lib/trajectories/rules";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const count = (description: string): Schema => ({ type: "integer", minimum: 0, description });
const metric = (description: string): Schema => ({
  type: ["number", "null"],
  description: `${description} Rounded to one decimal; null when suppressed or when there is nothing to compute it on.`,
});
const date = (description: string): Schema => ({ type: "string", format: "date", description });

function metrics(
  report: keyof typeof REPORT_DEFINITIONS,
  keys: readonly string[],
  counts: readonly string[] = [],
) {
  const definitions = REPORT_DEFINITIONS[report].metrics;
  return Object.fromEntries(
    keys.map((key) => {
      const description = definitions[key] ?? key;
      return [
        key,
        counts.includes(key) ? { type: ["integer", "null"], minimum: 0, description } : metric(description),
      ];
    }),
  );
}

function object(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: "object",
    description,
    required: Object.keys(properties),
    properties,
    additionalProperties: false,
  };
}

const reportEnvelope = (report: string, data: Record<string, Schema>): Schema =>
  object(
    {
      report: { const: report },
      filter: ref("Filter"),
      definitionsVersion: { type: "string", description: "Version of the report definitions." },
      generatedAt: { type: "string", format: "date-time" },
      ...data,
    },
    REPORT_DEFINITIONS[report as keyof typeof REPORT_DEFINITIONS].population,
  );

const distribution = (keys: readonly string[], description: string): Schema =>
  object(
    {
      total: count("Sum of the counts."),
      rows: {
        type: "array",
        items: object({
          key: { type: "string", enum: [...keys] },
          count: count("Number in the category."),
          suppressed: { type: "boolean", description: "Fewer than 5: share is null." },
          share: metric("count ÷ total × 100."),
        }),
      },
    },
    description,
  );

export function openApiDocument(baseUrl: string): Record<string, unknown> {
  const parameter = (name: string, description: string, schema: Schema) => ({
    name,
    in: "query",
    required: false,
    description,
    schema,
  });
  const caseloadRow = object({
    coordinatorId: { type: ["string", "null"], format: "uuid" },
    coordinatorName: { type: ["string", "null"] },
    kind: { type: "string", enum: ["coordinator", "unassigned", "total"] },
    members: count(REPORT_DEFINITIONS.caseload.metrics.members!),
    suppressed: { type: "boolean" },
    ...metrics("caseload", CASELOAD_METRICS, CASELOAD_METRICS),
  });
  const complianceCounts = {
    due: count(REPORT_DEFINITIONS.compliance.metrics.due!),
    suppressed: { type: "boolean" },
    ...metrics("compliance", COMPLIANCE_METRICS, ["metOnTime", "metLate", "overdue", "openDueToday"]),
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Reprise reporting API",
      version: "1",
      description: [
        "Aggregated return-to-work reports: the same numbers as the report pages and their exports.",
        "Authenticate with an API token created by an administrator (Administration → API tokens): send",
        "`Authorization: Bearer rpr_…`. Every request is recorded in the audit trail.",
        `Definitions version ${REPORT_DEFINITIONS_VERSION}.`,
        ...Object.values(GENERAL_DEFINITIONS),
      ].join(" "),
    },
    servers: [{ url: `${baseUrl.replace(/\/$/, "")}/api/v1` }],
    security: [{ bearerAuth: [...API_SCOPES] }],
    paths: {
      "/reports/{report}": {
        get: {
          operationId: "getReport",
          summary: "A report with its definitions version",
          parameters: [
            {
              name: "report",
              in: "path",
              required: true,
              schema: { type: "string", enum: [...REPORT_IDS] },
            },
            parameter("from", "First incapacity start date (compliance: due date), inclusive.", date("")),
            parameter("to", "Last incapacity start date (compliance: due date), inclusive.", date("")),
            parameter(
              "asOf",
              "Observation date; default today in Europe/Brussels; not in the future.",
              date(""),
            ),
            parameter("by", "Cohort only: one dimension instead of all three.", {
              type: "string",
              enum: [...COHORT_DIMENSIONS],
            }),
            parameter("team", "Members of this team.", { type: "string", format: "uuid" }),
            parameter("region", "Members of this region.", { type: "string", enum: [...REGIONS] }),
            parameter("coordinator", "Members assigned to this coordinator (user id).", {
              type: "string",
              format: "uuid",
            }),
            parameter("cursor", "Caseload only: nextCursor of the previous page.", { type: "string" }),
            parameter("limit", "Caseload only: coordinators per page.", {
              type: "integer",
              minimum: 1,
              maximum: API_CASELOAD_LIMIT.max,
              default: API_CASELOAD_LIMIT.default,
            }),
          ],
          responses: {
            "200": {
              description: "The report.",
              content: {
                "application/json": {
                  schema: {
                    oneOf: REPORT_IDS.map((id) => ref(`${id[0]!.toUpperCase()}${id.slice(1)}Report`)),
                  },
                },
              },
            },
            "401": {
              description: "No token, an unknown token or a revoked token.",
              content: { "application/json": { schema: ref("Error") } },
            },
            "403": {
              description: "The token lacks the scope reports:read.",
              content: { "application/json": { schema: ref("Error") } },
            },
            "404": {
              description: "Unknown report.",
              content: { "application/json": { schema: ref("Error") } },
            },
            "422": {
              description: "Invalid or unknown query parameters.",
              content: { "application/json": { schema: ref("Error") } },
            },
            "500": {
              description: "Server error (quote the reference).",
              content: { "application/json": { schema: ref("Error") } },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "API token (rpr_…), scope reports:read." },
      },
      schemas: {
        Error: object({
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { type: "string" },
              message: { type: "string" },
              fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
            },
          },
        }),
        Filter: object({
          from: { type: ["string", "null"], format: "date" },
          to: { type: ["string", "null"], format: "date" },
          asOf: { type: "string", format: "date" },
          by: { type: ["string", "null"], enum: [...COHORT_DIMENSIONS, null] },
          team: { type: ["string", "null"], format: "uuid" },
          region: { type: ["string", "null"], enum: [...REGIONS, null] },
          coordinator: { type: ["string", "null"], format: "uuid" },
        }),
        CohortReport: reportEnvelope("cohort", {
          population: count("Periods in the population."),
          groups: {
            type: "array",
            items: object({
              dimension: { type: "string", enum: [...COHORT_DIMENSIONS] },
              group: { type: "string", enum: ["F", "M", "X", "BURNOUT", "OTHER", "55+", "<55"] },
              periods: count(REPORT_DEFINITIONS.cohort.metrics.periods!),
              suppressed: { type: "boolean", description: "Fewer than 5 periods: every metric is null." },
              ...metrics("cohort", COHORT_METRICS),
            }),
          },
        }),
        CaseloadReport: reportEnvelope("caseload", {
          rows: { type: "array", items: caseloadRow },
          unassigned: caseloadRow,
          total: caseloadRow,
          nextCursor: { type: ["string", "null"], description: "Pass as cursor for the next page." },
        }),
        FunnelReport: reportEnvelope("funnel", {
          stages: {
            type: "array",
            items: object({
              stage: { type: "string", enum: [...FUNNEL_STAGES] },
              periods: count(REPORT_DEFINITIONS.funnel.metrics.periods!),
              suppressed: { type: "boolean" },
              ...metrics("funnel", ["shareOfPopulation", "conversion"]),
            }),
          },
        }),
        ComplianceReport: reportEnvelope("compliance", {
          rules: {
            type: "array",
            items: object({ rule: { type: "string", enum: [...COMPLIANCE_RULES] }, ...complianceCounts }),
          },
          months: {
            type: "array",
            items: object({ month: date("First day of the month of the due dates."), ...complianceCounts }),
          },
          total: object(complianceCounts),
        }),
        OutcomesReport: reportEnvelope("outcomes", {
          endings: distribution(ENDING_STATUSES, REPORT_DEFINITIONS.outcomes.metrics.endings!),
          outcomes: distribution(
            Object.values(TrajectoryOutcome),
            REPORT_DEFINITIONS.outcomes.metrics.outcomes!,
          ),
          stopReasons: distribution(
            Object.values(StopReason),
            REPORT_DEFINITIONS.outcomes.metrics.stopReasons!,
          ),
        }),
        ReferralsReport: reportEnvelope("referrals", {
          targets: { type: "array", items: ref("ReferralRow") },
          total: ref("ReferralRow"),
        }),
        ReferralRow: object({
          target: { type: "string", enum: [...Object.values(ReferralTarget), "ALL"] },
          referrals: count(REPORT_DEFINITIONS.referrals.metrics.referrals!),
          suppressed: { type: "boolean" },
          ...metrics("referrals", REFERRAL_METRICS, ["unansweredOverdue"]),
        }),
        AdjustmentsReport: reportEnvelope("adjustments", {
          types: { type: "array", items: ref("AdjustmentRow") },
          total: ref("AdjustmentRow"),
          refusalReasons: distribution(
            Object.values(AdjustmentRefusalReason),
            REPORT_DEFINITIONS.adjustments.metrics.refusalReasons!,
          ),
        }),
        AdjustmentRow: object({
          type: { type: "string", enum: [...Object.values(AdjustmentType), "ALL"] },
          requested: count(REPORT_DEFINITIONS.adjustments.metrics.requested!),
          suppressed: { type: "boolean" },
          ...metrics("adjustments", ADJUSTMENT_METRICS, [
            "decided",
            "granted",
            "partiallyGranted",
            "refused",
          ]),
        }),
      },
    },
  };
}
