import Link from "next/link";

import { buttonClass } from "@/components/ui/button";

/** Keyset pagination: "first page" and "next page" links (no page numbers: counting rows is what we avoid). */
export function KeysetPagination({
  firstHref,
  nextHref,
  labels,
}: {
  firstHref: string | null;
  nextHref: string | null;
  labels: { first: string; next: string; nav: string };
}) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex gap-2">
      {firstHref ? (
        <Link href={firstHref} className={buttonClass("secondary", "sm")}>
          {labels.first}
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className={buttonClass("secondary", "sm")} rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
