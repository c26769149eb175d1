"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { revalidateMemberViews } from "@/lib/members/revalidate";
import { completeTask, createTask } from "@/lib/tasks/mutations";
import { ZCompleteTaskSchema, ZCreateTaskSchema } from "@/lib/tasks/schemas";

export const createTaskAction = defineAction(
  { name: "tasks.create", permission: "task.write", schema: ZCreateTaskSchema },
  async (input, { user, requestId }) => {
    const result = await createTask(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const completeTaskAction = defineAction(
  { name: "tasks.complete", permission: "task.write", schema: ZCompleteTaskSchema },
  async (input, { user, requestId }) => {
    await completeTask(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
