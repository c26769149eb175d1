import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { findApiTokens } from "@/lib/api-tokens/queries";
import { SCOPE_LABEL_KEYS, ZApiTokenListSchema } from "@/lib/api-tokens/schemas";
import { requirePermission } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { firstValues } from "@/lib/url";
import { parseFilter } from "@/lib/validation";

import { CreateApiTokenForm, RevokeApiTokenButton } from "./token-forms";

export default async function ApiTokensPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("admin.apiTokens");
  const t = await getTranslations("apiTokens");
  const format = await getFormat();
  // Only a page cursor, and no filter form to mark: a bad cursor reads as the first page.
  const { filter } = parseFilter(ZApiTokenListSchema, firstValues(await searchParams));
  const page = await findApiTokens(filter);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          {page.items.length === 0 ? (
            <p className="text-sm text-slate-600">{t("none")}</p>
          ) : (
            <Table caption={t("caption")}>
              <THead>
                <TR>
                  <TH>{t("name")}</TH>
                  <TH>{t("prefix")}</TH>
                  <TH>{t("scopes")}</TH>
                  <TH>{t("createdBy")}</TH>
                  <TH>{t("lastUsed")}</TH>
                  <TH>{t("status")}</TH>
                  <TH>
                    <span className="sr-only">{t("actions")}</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {page.items.map((token) => (
                  <TR key={token.id} data-testid="api-token-row">
                    <TD>{token.name}</TD>
                    <TD>
                      <code className="font-mono text-xs">{token.prefix}…</code>
                    </TD>
                    <TD>
                      {token.scopes
                        .map((scope) =>
                          scope in SCOPE_LABEL_KEYS
                            ? t(`scope.${SCOPE_LABEL_KEYS[scope as keyof typeof SCOPE_LABEL_KEYS]}`)
                            : scope,
                        )
                        .join(", ")}
                    </TD>
                    <TD>
                      {token.createdByName}
                      <span className="block text-xs text-slate-500">{format.dateTime(token.createdAt)}</span>
                    </TD>
                    <TD>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t("never")}</TD>
                    <TD>
                      {token.revokedAt ? (
                        <Badge tone="neutral">
                          {t("revokedOn", { date: format.dateTime(token.revokedAt) })}
                        </Badge>
                      ) : (
                        <Badge tone="success">{t("active")}</Badge>
                      )}
                    </TD>
                    <TD>
                      {token.revokedAt ? null : (
                        <RevokeApiTokenButton token={{ id: token.id, name: token.name }} />
                      )}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          <KeysetPagination
            path="/admin/api-tokens"
            cursor={filter.cursor}
            nextCursor={page.nextCursor}
            label={t("pagination")}
          />
        </div>
        <div className="space-y-4">
          <Card title={t("new")}>
            <CreateApiTokenForm />
          </Card>
          <Card title={t("usage.title")}>
            <p className="text-sm text-slate-700">{t("usage.body")}</p>
            <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs">
              {`curl -H "Authorization: Bearer rpr_…" \\\n  "<origin>/api/v1/reports/cohort?from=2026-01-01&asOf=2026-11-22"`}
            </pre>
            <p className="mt-2 text-sm">
              <a href="/api/v1/openapi.json">{t("usage.openapi")}</a>
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
