"use client";
// The team page's reassignment control for one member; says so when done (the row then shows the new name).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { ReassignForm } from "@/components/member-file/reassign-form";

export function ReassignRow({
  member,
  coordinators,
}: {
  member: { id: string; version: number; name: string; coordinatorId: string | null };
  coordinators: { id: string; name: string }[];
}) {
  const t = useTranslations("reassign");
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <ReassignForm
        member={member}
        coordinators={coordinators}
        idPrefix={`reassign-${member.id}`}
        layout="inline"
        onDone={() => {
          setDone(t("done", { name: member.name }));
          router.refresh();
        }}
      />
      <p role="status" className="text-xs text-emerald-800">
        {done ?? ""}
      </p>
    </div>
  );
}
