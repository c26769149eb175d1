// The decision letter as a PDF download. A route handler has no layout: it checks the session, the
// permission and the member's scope itself (getLetterInput), and audits the export.
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { buildDecisionLetter, letterLanguageOf } from "@/lib/letters/content";
import { renderLetterPdf } from "@/lib/letters/pdf";
import { ZLetterQuerySchema } from "@/lib/letters/schemas";
import { getLetterInput, recordLetterExport } from "@/lib/letters/queries";
import { getRequestId } from "@/lib/request-context";
import { routeError } from "@/lib/route-errors";
import { z } from "@/lib/validation";

export async function GET(
  request: Request,
  context: { params: Promise<{ id: string; activityId: string }> },
): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return routeError("UNAUTHENTICATED");
  const { id, activityId } = await context.params;
  const url = new URL(request.url);
  const query = ZLetterQuerySchema.safeParse({
    decision: url.searchParams.get("decision") || undefined,
    lang: url.searchParams.get("lang") || undefined,
  });
  // Out of scope, unknown or not allowed: the same 404 (ADR 005).
  if (
    !can(user, "member.read") ||
    !z.uuid().safeParse(id).success ||
    !z.uuid().safeParse(activityId).success ||
    !query.success
  ) {
    return routeError("NOT_FOUND");
  }
  const found = await getLetterInput(user, id, activityId, query.data.decision);
  if (!found) return routeError("NOT_FOUND");
  const language = query.data.lang ?? letterLanguageOf(found.input.member.language);
  const letter = buildDecisionLetter(found.input, language);
  const pdf = await renderLetterPdf(letter);
  await recordLetterExport(
    user,
    id,
    activityId,
    { decisionId: found.decisionId, language },
    await getRequestId(),
  );
  const filename = `decision-${found.input.decision.decisionDate}-${found.input.member.lastName}`
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9-]+/g, "-");
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
