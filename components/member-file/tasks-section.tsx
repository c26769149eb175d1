// Open tasks about this member (manual ones and follow-ups), to do and to add.
import { getTranslations } from "next-intl/server";

import { DoneButton } from "@/components/caseload/done-button";
import { FormDisclosure } from "@/components/member-file/done-context";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import { AddTaskForm } from "@/components/member-file/task-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { fromDbDate } from "@/lib/dates";
import { taskTitle } from "@/lib/tasks/rules";
import type { MemberFileView } from "@/lib/timeline/queries";

export async function TasksSection({
  file,
  access,
  header,
  today,
  colleagues,
}: SectionProps & { file: Pick<MemberFileView, "tasks">; colleagues: { id: string; name: string }[] }) {
  const t = await getTranslations();
  const day = await getDayFormatter();
  const open = file.tasks.filter((task) => !task.doneDate);
  return (
    <Card title={t("memberFile.tasks.title")}>
      <div id="tasks" className="space-y-3">
        {open.length === 0 ? (
          <p className="text-sm text-slate-600">{t("memberFile.tasks.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {open.map((task) => {
              const due = fromDbDate(task.dueDate);
              const title = taskTitle(task, t);
              return (
                <li
                  key={task.id}
                  className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                  data-testid="task"
                >
                  <span>
                    <span className="font-medium">{title}</span>
                    <span className="text-slate-600">
                      {" "}
                      · {t("memberFile.tasks.dueOn", { date: day(due) })} · {task.assignee.name}
                    </span>{" "}
                    {due < today ? <Badge tone="danger">{t("enums.deadlineStatus.OVERDUE")}</Badge> : null}
                  </span>
                  {access.canTask && task.assignee.id === access.userId ? (
                    <DoneButton
                      kind="TASK"
                      id={task.id}
                      version={task.version}
                      label={t("caseload.today.markDone", { what: title })}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {access.canTask ? (
          <FormDisclosure label={t("memberFile.tasks.new")}>
            <AddTaskForm memberId={header.id} assignees={colleagues.filter((c) => c.id !== access.userId)} />
          </FormDisclosure>
        ) : null}
      </div>
    </Card>
  );
}
