// Every page of a member file: checks access (own scope, or a purpose stated today), audits the opening,
// and shows the member's header and the file's sections. Out of scope and no right to break glass → 404.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { BreakGlassGate } from "@/components/members/break-glass-gate";
import { MemberHeaderCard } from "@/components/members/member-header";
import { MemberTabs } from "@/components/members/member-tabs";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { canOpenWithPurpose } from "@/lib/break-glass/queries";
import { todayInBrussels } from "@/lib/dates";
import { getMemberHeader, recordMemberView } from "@/lib/members/queries";
import { getRequestId } from "@/lib/request-context";
import { z } from "@/lib/validation";

export default async function MemberLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const user = await requirePermission("member.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const header = await getMemberHeader(user, id, todayInBrussels());
  if (!header) {
    if (await canOpenWithPurpose(user, id)) return <BreakGlassGate memberId={id} />;
    notFound();
  }
  await recordMemberView(user, id, await getRequestId());
  const t = await getTranslations("memberFile");
  const tabs = [
    { href: `/members/${id}`, label: t("tabs.overview") },
    { href: `/members/${id}/assess`, label: t("tabs.capacity") },
    { href: `/members/${id}/activities`, label: t("tabs.activities") },
    ...(can(user, "medical.read") ? [{ href: `/members/${id}/medical`, label: t("tabs.medical") }] : []),
  ];
  return (
    <div className="space-y-4">
      <MemberHeaderCard header={header} />
      <MemberTabs tabs={tabs} label={t("tabs.label")} />
      <div>{children}</div>
    </div>
  );
}
