// Tasks' failure paths: a member out of scope and a task that is not one's own give NOT_FOUND (ADR 005), a
// stale version a CONFLICT, an assignee outside the team a field error — and none of them writes anything:
// the rows stay as they were and no audit row is added.
import { describe, it } from "vitest";

import { addDays, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { completeTask, createTask } from "@/lib/tasks/mutations";
import { actorOf, makeMember } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectRefused } from "../../tests/support/audit";

const today = todayInBrussels();

/** A coordinator's task about one of their members; a colleague of the same team and an outsider. */
async function taskCase() {
  const coordinator = await makeUser("COORDINATOR");
  const c = await actorOf(coordinator);
  const member = await makeMember(coordinator);
  const task = await createTask(
    { memberId: member.id, title: "Call the employer", dueDate: addDays(today, 3), assigneeId: "" },
    c,
  );
  const colleagueUser = await makeUser("COORDINATOR", { teamId: coordinator.teamId! });
  const colleague = await actorOf(colleagueUser);
  const outsiderUser = await makeUser("COORDINATOR");
  const outsider = await actorOf(outsiderUser);
  return { coordinator, c, member, taskId: task.id, colleague, outsider, outsiderUser };
}

type Case = Awaited<ReturnType<typeof taskCase>>;

/** Everything a task mutation may write: every task, as rows (a task need not be about a member). */
const allTasks = () => getDb().task.findMany({ orderBy: { createdAt: "asc" } });

const cases: {
  name: string;
  expected: Record<string, unknown>;
  /** Runs first, and may write (someone else's change). */
  prepare?: (x: Case) => Promise<unknown>;
  run: (x: Case) => Promise<unknown>;
}[] = [
  {
    name: "createTask about a member of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) =>
      createTask(
        { memberId: x.member.id, title: "Peek", dueDate: addDays(today, 1), assigneeId: "" },
        x.outsider,
      ),
  },
  {
    name: "createTask for a user of another team",
    expected: { code: "VALIDATION", fieldErrors: { assigneeId: ["invalidChoice"] } },
    run: (x) =>
      createTask(
        { memberId: "", title: "Help me", dueDate: addDays(today, 1), assigneeId: x.outsiderUser.id },
        x.c,
      ),
  },
  {
    name: "completeTask by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) => completeTask({ taskId: x.taskId, version: 1, done: true }, x.outsider),
  },
  {
    name: "completeTask by a colleague it is not assigned to",
    expected: { code: "NOT_FOUND" },
    run: (x) => completeTask({ taskId: x.taskId, version: 1, done: true }, x.colleague),
  },
  {
    name: "completeTask with a version someone else already changed",
    expected: { code: "CONFLICT" },
    // Done in another tab: the row is at version 2, this one still says 1.
    prepare: (x) => completeTask({ taskId: x.taskId, version: 1, done: true }, x.c),
    run: (x) => completeTask({ taskId: x.taskId, version: 1, done: false }, x.c),
  },
];

describe("task mutations that must fail", () => {
  for (const { name, expected, prepare, run } of cases) {
    it(`${name}: ${String(expected.code)}, nothing written`, async () => {
      const x = await taskCase();
      await prepare?.(x);
      await expectRefused(() => run(x), expected, allTasks);
    });
  }
});
