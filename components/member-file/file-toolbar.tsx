"use client";
// The member file's shortcuts: the contact quick-log (first, so it is one Tab away), edit details, reassign.
import Link from "next/link";
import { useTranslations } from "next-intl";

import { QuickLogButton } from "@/components/contacts/quick-log-button";
import { ActionDialog } from "@/components/member-file/action-dialog";
import { ReassignForm } from "@/components/member-file/reassign-form";
import { buttonClass } from "@/components/ui/button";

export function FileToolbar({
  member,
  canLogContact,
  canEdit,
  coordinators,
}: {
  member: { id: string; version: number; name: string; coordinatorId: string | null };
  canLogContact: boolean;
  canEdit: boolean;
  /** The team's coordinators when the user may reassign; empty otherwise. */
  coordinators: { id: string; name: string }[];
}) {
  const t = useTranslations();
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      {canLogContact ? <QuickLogButton memberId={member.id} memberName={member.name} /> : null}
      {canEdit ? (
        <Link href={`/members/${member.id}/edit`} className={buttonClass("secondary")}>
          {t("memberFile.editDetails")}
        </Link>
      ) : null}
      {coordinators.length ? (
        <ActionDialog
          label={t("reassign.open")}
          size="md"
          title={t("reassign.title", { name: member.name })}
          description={t("reassign.description")}
        >
          <ReassignForm member={member} coordinators={coordinators} />
        </ActionDialog>
      ) : null}
    </div>
  );
}
