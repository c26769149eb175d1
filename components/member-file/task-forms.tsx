"use client";
// A manual task about this member, for oneself or a colleague of the team.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { SelectField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { Button } from "@/components/ui/button";
import { createTaskAction } from "@/lib/tasks/actions";
import { ZCreateTaskSchema } from "@/lib/tasks/schemas";

export function AddTaskForm({
  memberId,
  assignees,
  onDone,
}: {
  memberId: string;
  /** Colleagues of the team; empty: the task is for the user. */
  assignees: { id: string; name: string }[];
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZCreateTaskSchema),
    defaultValues: { memberId, title: "", dueDate: "", assigneeId: "" },
  });
  const { onSubmit, failure } = useActionForm(form, createTaskAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="title"
          idPrefix="task"
          label={t("memberFile.tasks.taskTitle")}
          required
          autoFocus
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            form={form}
            name="dueDate"
            idPrefix="task"
            type="date"
            label={t("memberFile.tasks.dueDate")}
            required
          />
          {assignees.length ? (
            <SelectField
              form={form}
              name="assigneeId"
              idPrefix="task"
              label={t("memberFile.tasks.assignee")}
              placeholder={t("memberFile.tasks.me")}
              options={assignees.map((a) => ({ value: a.id, label: a.name }))}
            />
          ) : null}
        </div>
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.tasks.add")}
        </Button>
      </fieldset>
    </form>
  );
}
