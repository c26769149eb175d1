"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * On every page of a session that still lacks its required second factor (physicians, admins): what is
 * closed and where to open it. The security page and the work queue explain it themselves.
 */
export function SecondFactorBanner({ title, body, cta }: { title: string; body: string; cta: string }) {
  const pathname = usePathname();
  if (pathname.startsWith("/account/security") || pathname === "/queue") return null;
  return (
    <div role="status" className="no-print border-b border-amber-300 bg-amber-50 text-amber-950">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
        <p>
          <span className="font-semibold">{title}</span> {body}
        </p>
        <Link
          href="/account/security"
          className="rounded-md bg-amber-800 px-3 py-1.5 font-medium text-white no-underline hover:bg-amber-900 hover:no-underline"
        >
          {cta}
        </Link>
      </div>
    </div>
  );
}
