// Errors answered by route handlers that a browser opens directly (downloads): a short text in the user's
// language with the status of its code, never cached. API routes answer JSON instead (lib/reports/api.ts).
import "server-only";

import { getTranslations } from "next-intl/server";

import { STATUS_BY_CODE, type AppErrorCode } from "@/lib/errors";

export async function routeError(code: AppErrorCode, messageKey: string = code): Promise<Response> {
  const t = await getTranslations("errors");
  return new Response(t(messageKey), {
    status: STATUS_BY_CODE[code],
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
