// GET /api/v1/reports/{report} — reports for BI tools, with a bearer token (lib/reports/api.ts).
import { handleReportApiRequest } from "@/lib/reports/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  return handleReportApiRequest(request, (await params).report);
}
