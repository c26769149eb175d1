"use client";
// Opens the quick-log for one member, from the caseload or the member file; says so when the contact is saved
// (the status line is always in the page, so screen readers announce the change) and refreshes the page.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { QuickLogForm } from "@/components/contacts/quick-log-form";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export function QuickLogButton({
  memberId,
  memberName,
  variant = "primary",
  size = "md",
  labelWithName = false,
}: {
  memberId: string;
  memberName: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** In lists: "Log contact with Ann Aerts" as the button's accessible name. */
  labelWithName?: boolean;
}) {
  const t = useTranslations("contacts");
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [logged, setLogged] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Dialog
        open={isOpen}
        onOpenChange={(open) => {
          setOpen(open);
          if (open) setLogged(false);
        }}
        title={t("quickLogTitle", { name: memberName })}
        description={t("quickLogDescription")}
        closeLabel={t("close")}
        trigger={
          <Button
            variant={variant}
            size={size}
            aria-label={labelWithName ? t("quickLogFor", { name: memberName }) : undefined}
          >
            {t("quickLog")}
          </Button>
        }
      >
        <QuickLogForm
          memberId={memberId}
          onLogged={() => {
            setOpen(false);
            setLogged(true);
            router.refresh();
          }}
        />
      </Dialog>
      <span role="status" className="text-sm text-emerald-800">
        {logged ? t("logged", { name: memberName }) : ""}
      </span>
    </span>
  );
}
