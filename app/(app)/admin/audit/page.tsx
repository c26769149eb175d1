import { getTranslations } from "next-intl/server";

import { FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { findAuditEvents } from "@/lib/audit/queries";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, ZAuditFilterSchema } from "@/lib/audit/schemas";
import { requirePermission } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { firstValues } from "@/lib/url";
import { parseFilter, translateFieldErrors } from "@/lib/validation";

function describeChanges(changes: unknown): string {
  if (!changes || typeof changes !== "object") return "";
  return Object.entries(changes as Record<string, unknown>)
    .map(([field, value]) => {
      if (value && typeof value === "object" && ("before" in value || "after" in value)) {
        const { before, after } = value as { before?: unknown; after?: unknown };
        return before === undefined
          ? `${field}: ${JSON.stringify(after)}`
          : `${field}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`;
      }
      return `${field}: ${JSON.stringify(value)}`;
    })
    .join("; ");
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("admin.audit");
  const [t, tValidation, format] = await Promise.all([
    getTranslations(),
    getTranslations("validation"),
    getFormat(),
  ]);
  const raw = firstValues(await searchParams);
  const { filter, fieldErrors } = parseFilter(ZAuditFilterSchema, raw);
  const errors = translateFieldErrors(fieldErrors, tValidation);
  const page = await findAuditEvents(filter);
  const { cursor: _cursor, ...activeFilter } = filter;

  return (
    <>
      <PageHeader title={t("admin.audit.title")} description={t("admin.audit.description")} />
      <FilterBar
        label={t("common.filter")}
        submitLabel={t("common.filter")}
        clearHref="/admin/audit"
        clearLabel={t("common.clearFilters")}
        errorSummary={Object.keys(errors).length ? t("common.filtersNotApplied") : undefined}
      >
        <FilterField id="actor" label={t("admin.audit.actorLabel")} error={errors.actor}>
          <Input id="actor" name="actor" defaultValue={filter.actor ?? raw.actor ?? ""} />
        </FilterField>
        <FilterField id="action" label={t("admin.audit.action")} error={errors.action}>
          <Select id="action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("admin.audit.anyAction")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`enums.auditAction.${action}`)}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField id="entity" label={t("admin.audit.entityLabel")} error={errors.entity}>
          <Select id="entity" name="entity" defaultValue={filter.entity ?? ""}>
            <option value="">{t("common.all")}</option>
            {AUDIT_ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {t(`enums.auditEntity.${entity}`)}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField id="from" label={t("admin.audit.fromLabel")} error={errors.from}>
          <Input id="from" name="from" type="date" defaultValue={filter.from ?? raw.from ?? ""} />
        </FilterField>
        <FilterField id="to" label={t("admin.audit.toLabel")} error={errors.to}>
          <Input id="to" name="to" type="date" defaultValue={filter.to ?? raw.to ?? ""} />
        </FilterField>
      </FilterBar>
      {page.items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("common.noResults")}</p>
      ) : (
        <Table caption={t("admin.audit.caption")}>
          <THead>
            <TR>
              <TH>{t("admin.audit.when")}</TH>
              <TH>{t("admin.audit.actor")}</TH>
              <TH>{t("admin.audit.action")}</TH>
              <TH>{t("admin.audit.entity")}</TH>
              <TH>{t("admin.audit.changes")}</TH>
              <TH>{t("admin.audit.purpose")}</TH>
            </TR>
          </THead>
          <TBody>
            {page.items.map((event) => (
              <TR key={event.id} data-testid="audit-row">
                <TD className="whitespace-nowrap">{format.dateTime(event.occurredAt)}</TD>
                <TD>
                  {event.actorEmail ?? t("admin.audit.system")}
                  {event.actorRole ? (
                    <span className="block text-xs text-slate-500">{t(`enums.role.${event.actorRole}`)}</span>
                  ) : null}
                </TD>
                <TD>{t(`enums.auditAction.${event.action}`)}</TD>
                <TD>
                  {(AUDIT_ENTITIES as readonly string[]).includes(event.entity)
                    ? t(`enums.auditEntity.${event.entity as (typeof AUDIT_ENTITIES)[number]}`)
                    : event.entity}
                  {event.entityId ? (
                    <span className="block font-mono text-xs text-slate-500">{event.entityId}</span>
                  ) : null}
                </TD>
                <TD className="max-w-md break-words text-xs">{describeChanges(event.changes)}</TD>
                <TD className="text-xs">{event.purpose ?? ""}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <KeysetPagination
        path="/admin/audit"
        query={activeFilter}
        cursor={filter.cursor}
        nextCursor={page.nextCursor}
      />
    </>
  );
}
