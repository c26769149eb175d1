// GET /api/v1/reports/{report}: the reports for BI tools, authenticated by bearer token (scope reports:read),
// with the filters of the report pages as query parameters and the same numbers. Every request made with a
// known token is audited (API_ACCESS) with its answer's status.
import "server-only";

import { randomUUID } from "node:crypto";

import { authenticateApiRequest, recordApiUse, type ApiClient } from "@/lib/api-tokens/auth";
import { todayInBrussels } from "@/lib/dates";
import { logger } from "@/lib/logger";
import { REPORT_DEFINITIONS_VERSION } from "@/lib/reports/definitions";
import { translatorFor } from "@/lib/i18n/translator";
import { getReport } from "@/lib/reports/queries";
import { API_CASELOAD_LIMIT, isReportId, parseReportFilter, REPORT_IDS } from "@/lib/reports/schemas";
import { parseMessageKey } from "@/lib/validation";

const HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...extra } });
}

function error(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return { status, body: { error: { code, message, ...extra } } };
}

/** Field errors as English sentences (machine clients get one language: the API's). */
function describeFieldErrors(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  const validation = translatorFor("en", "validation");
  const reports = translatorFor("en", "reports");
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages.map((message) => {
        const { key, values } = parseMessageKey(message);
        if (key.startsWith("reports.")) return reports(key.slice("reports.".length), values);
        return validation.has(key) ? validation(key, values) : validation("invalid");
      }),
    ]),
  );
}

async function answer(
  reportParam: string,
  url: URL,
  requestId: string,
): Promise<{ status: number; body: unknown }> {
  if (!isReportId(reportParam)) {
    return error(404, "NOT_FOUND", `Unknown report. Reports: ${REPORT_IDS.join(", ")}.`);
  }
  const raw = Object.fromEntries(url.searchParams.entries());
  const isCaseload = reportParam === "caseload";
  const parsed = parseReportFilter(reportParam, raw, todayInBrussels(), {
    strict: true,
    allowed: isCaseload ? ["cursor", "limit"] : [],
  });
  const fieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  let limit: number = API_CASELOAD_LIMIT.default;
  if (isCaseload && raw.limit !== undefined) {
    limit = Number(raw.limit);
    if (!/^\d+$/.test(raw.limit) || limit < 1 || limit > API_CASELOAD_LIMIT.max) {
      fieldErrors.limit = [`max?max=${API_CASELOAD_LIMIT.max}`];
    }
  }
  if (!parsed.ok || Object.keys(fieldErrors).length) {
    return error(422, "VALIDATION", "Some query parameters are not valid.", {
      fields: describeFieldErrors(fieldErrors),
    });
  }
  const report = await getReport(reportParam, parsed.filter, { cursor: raw.cursor ?? null, limit });
  logger.debug("api report", { report: reportParam, requestId });
  return {
    status: 200,
    body: { ...report, definitionsVersion: REPORT_DEFINITIONS_VERSION, generatedAt: new Date() },
  };
}

export async function handleReportApiRequest(request: Request, reportParam: string): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  const url = new URL(request.url);
  const auth = await authenticateApiRequest(request.headers.get("authorization"), "reports:read");
  const record = (client: ApiClient, status: number) =>
    recordApiUse(client, {
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      status,
      requestId,
    });
  try {
    if (!auth.ok) {
      if (auth.client) await record(auth.client, auth.status);
      else if (request.headers.get("authorization")) {
        // An unknown token has no row to audit against: the log keeps the attempt for operators.
        logger.warn("api request with an unknown token", { requestId, path: url.pathname });
      }
      return auth.status === 401
        ? json(401, error(401, "UNAUTHENTICATED", "A valid API token is required.").body, {
            "WWW-Authenticate": 'Bearer realm="reprise", error="invalid_token"',
          })
        : json(403, error(403, "FORBIDDEN", "This token does not have the scope reports:read.").body, {
            "WWW-Authenticate": 'Bearer realm="reprise", error="insufficient_scope", scope="reports:read"',
          });
    }
    const result = await answer(reportParam, url, requestId);
    await record(auth.client, result.status);
    return json(result.status, result.body, { "x-request-id": requestId });
  } catch (failure) {
    logger.error("api request failed", { requestId, path: url.pathname, error: failure });
    return json(
      500,
      error(500, "INTERNAL", `Something went wrong on our side. Reference: ${requestId}.`).body,
    );
  }
}
