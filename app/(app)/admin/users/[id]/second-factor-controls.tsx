"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { resetSecondFactorAction } from "@/lib/mfa/actions";

/** An administrator resets a user's second factor (lost phone and recovery codes); confirmed first. */
export function SecondFactorControls({
  user,
  status,
  isSelf,
}: {
  user: { id: string; name: string };
  status: { label: string; canReset: boolean };
  isSelf: boolean;
}) {
  const t = useTranslations("mfa.admin");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const reset = () =>
    startTransition(async () => {
      const result = await resetSecondFactorAction({ userId: user.id });
      setOpen(false);
      setMessage(
        result.ok
          ? { tone: "success", text: t("resetDone", { name: user.name }) }
          : { tone: "error", text: result.message },
      );
      router.refresh();
    });

  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <p className="text-sm" data-testid="second-factor-status">
        {status.label}
      </p>
      {status.canReset && !isSelf ? (
        <Dialog
          open={open}
          onOpenChange={setOpen}
          title={t("resetTitle", { name: user.name })}
          description={t("resetBody")}
          closeLabel={tc("close")}
          trigger={
            <Button variant="danger" disabled={isPending}>
              {t("reset")}
            </Button>
          }
        >
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button variant="danger" onClick={reset} disabled={isPending}>
              {t("resetConfirm")}
            </Button>
          </div>
        </Dialog>
      ) : null}
      {isSelf ? <p className="text-xs text-slate-600">{t("ownAccount")}</p> : null}
    </div>
  );
}
