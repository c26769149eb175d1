// The OpenAPI description of the reporting API (public: it describes the API, it holds no data).
import { getEnv } from "@/lib/env";
import { openApiDocument } from "@/lib/reports/openapi";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument(getEnv().NEXTAUTH_URL), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
