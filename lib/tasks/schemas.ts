import { z, zDate, zId, zText, zVersion } from "@/lib/validation";

export const ZCreateTaskSchema = z.object({
  memberId: z.union([zId(), z.literal("")]),
  title: zText(300),
  dueDate: zDate(),
  assigneeId: z.union([zId(), z.literal("")]),
});
export type TCreateTask = z.infer<typeof ZCreateTaskSchema>;

export const ZCompleteTaskSchema = z.object({ taskId: zId(), version: zVersion(), done: z.boolean() });
export type TCompleteTask = z.infer<typeof ZCompleteTaskSchema>;
