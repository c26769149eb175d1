"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resetUserPasswordAction, setUserActiveAction } from "@/lib/users/actions";

export function UserAccountControls({
  user,
  isSelf,
}: {
  user: { id: string; version: number; name: string; isActive: boolean };
  isSelf: boolean;
}) {
  const t = useTranslations("admin.users");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{
    tone: "success" | "error";
    text: string;
    password?: string;
  } | null>(null);

  const toggleActive = () =>
    startTransition(async () => {
      const result = await setUserActiveAction({
        id: user.id,
        version: user.version,
        isActive: !user.isActive,
      });
      setMessage(
        result.ok
          ? { tone: "success", text: t(user.isActive ? "deactivated" : "reactivated", { name: user.name }) }
          : { tone: "error", text: result.message },
      );
      router.refresh();
    });

  const resetPassword = () =>
    startTransition(async () => {
      const result = await resetUserPasswordAction({ id: user.id, version: user.version });
      setMessage(
        result.ok
          ? { tone: "success", text: t("passwordReset", { name: user.name }), password: result.data.password }
          : { tone: "error", text: result.message },
      );
      router.refresh();
    });

  return (
    <div className="space-y-3">
      {message ? (
        <Alert tone={message.tone}>
          {message.text}{" "}
          {message.password ? (
            <code className="font-mono" data-testid="generated-password">
              {message.password}
            </code>
          ) : null}
        </Alert>
      ) : null}
      {!isSelf ? (
        <Button variant={user.isActive ? "danger" : "secondary"} onClick={toggleActive} disabled={isPending}>
          {user.isActive ? t("deactivate") : t("reactivate")}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={resetPassword} disabled={isPending}>
        {t("resetPassword")}
      </Button>
    </div>
  );
}
