"use client";
// A button that opens a dialog holding one form; once the form has saved, the dialog closes and the page refreshes.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import { DoneProvider } from "@/components/member-file/done-context";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export function ActionDialog({
  label,
  accessibleLabel,
  title,
  description,
  variant = "secondary",
  size = "sm",
  children,
}: {
  label: ReactNode;
  /** A fuller name for the button when `label` is short ("Edit" → "Edit contact of 3 March"). */
  accessibleLabel?: string;
  title: ReactNode;
  description?: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** The form; it closes the dialog through useDone() once saved. */
  children: ReactNode;
}) {
  const t = useTranslations("common");
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  return (
    <Dialog
      open={isOpen}
      onOpenChange={setOpen}
      title={title}
      description={description}
      closeLabel={t("close")}
      trigger={
        <Button variant={variant} size={size} aria-label={accessibleLabel}>
          {label}
        </Button>
      }
    >
      <DoneProvider
        onDone={() => {
          setOpen(false);
          router.refresh();
        }}
      >
        {children}
      </DoneProvider>
    </Dialog>
  );
}
