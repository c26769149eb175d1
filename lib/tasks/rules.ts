// A task's title in the reader's language. Pure.
import type { TaskKind } from "@/lib/generated/prisma/enums";

/**
 * What a user typed for a manual task; for a task Reprise made, its kind's title in the language of whoever
 * reads it (a stored title would stay in the language of whoever made the task, issue 11). The database
 * holds that only manual tasks have a title.
 */
export function taskTitle(
  task: { kind: TaskKind; title: string | null },
  t: (key: `enums.taskTitle.${TaskKind}`) => string,
): string {
  return task.title ?? t(`enums.taskTitle.${task.kind}`);
}
