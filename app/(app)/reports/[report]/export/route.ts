// Report downloads (CSV, XLSX) for managers and admins: GET so that a plain link downloads the file. Anyone
// without reports.export gets 404, like the pages (docs/decisions/005-not-found-for-out-of-scope.md).
import { headers } from "next/headers";

import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { todayInBrussels } from "@/lib/dates";
import { isLocale } from "@/lib/i18n/config";
import { exportReport } from "@/lib/reports/export";
import { routeError } from "@/lib/route-errors";
import { isReportId, parseReportFilter, ZExportSchema } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const user = await getSessionUser();
  const { report } = await params;
  if (!user || !can(user, "reports.export") || !isReportId(report)) return routeError("NOT_FOUND");
  const { format, separator, table, ...raw } = Object.fromEntries(
    new URL(request.url).searchParams.entries(),
  );
  const parsed = parseReportFilter(report, raw, todayInBrussels());
  const options = ZExportSchema.safeParse({ format, separator, table });
  if (!parsed.ok || !options.success) {
    return routeError("VALIDATION", "invalidExport");
  }
  const file = await exportReport(report, parsed.filter, options.data, {
    actor: user,
    locale: isLocale(user.locale) ? user.locale : "nl",
    requestId: (await headers()).get("x-request-id"),
  });
  if (!file) return routeError("NOT_FOUND");
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
