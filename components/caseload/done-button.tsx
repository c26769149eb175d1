"use client";
// Marks a follow-up or a task done from the "today" panel; a stale version is answered with the conflict message.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { completeFollowUpAction } from "@/lib/contacts/actions";
import { completeTaskAction } from "@/lib/tasks/actions";

export function DoneButton({
  kind,
  id,
  version,
  label,
}: {
  kind: "FOLLOW_UP" | "TASK";
  id: string;
  version: number;
  /** Accessible name, e.g. "Mark done: call the employer". */
  label: string;
}) {
  const t = useTranslations("caseload.today");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant="secondary"
        aria-label={label}
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result =
              kind === "TASK"
                ? await completeTaskAction({ taskId: id, version, done: true })
                : await completeFollowUpAction({ contactId: id, version });
            if (result.ok) router.refresh();
            else setError(result.message);
          })
        }
      >
        {t("done")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
