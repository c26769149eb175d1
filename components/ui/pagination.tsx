import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { withQuery } from "@/lib/url";

type Query = Record<string, string | number | null | undefined>;

/**
 * Keyset pagination: "first page" and "next page" links (no page numbers: counting rows is what we avoid).
 * `query` is the list's filter without its cursor; `label` names the navigation for screen readers when a page
 * holds more than one list.
 */
export async function KeysetPagination({
  path,
  query = {},
  cursor,
  nextCursor,
  label,
}: {
  path: string;
  query?: Query;
  cursor: string | null | undefined;
  nextCursor: string | null | undefined;
  label?: string;
}) {
  if (!cursor && !nextCursor) return null;
  const t = await getTranslations("common");
  const first = { ...query, cursor: undefined };
  return (
    <nav aria-label={label ?? t("pagination")} className="mt-4 flex gap-2">
      {cursor ? (
        <Link href={withQuery(path, first)} className={buttonClass("secondary", "sm")}>
          {t("firstPage")}
        </Link>
      ) : null}
      {nextCursor ? (
        <Link
          href={withQuery(path, { ...first, cursor: nextCursor })}
          className={buttonClass("secondary", "sm")}
          rel="next"
        >
          {t("nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
