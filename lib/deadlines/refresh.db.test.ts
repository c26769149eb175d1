import { describe, expect, it } from "vitest";

import { addDays, fromDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { recomputeAllDeadlines } from "@/lib/deadlines/refresh";
import { recordQuestionnaireSent } from "@/lib/incapacity/mutations";
import { changeMemberFile } from "@/lib/members/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

async function stored(memberId: string) {
  const rows = await getDb().deadline.findMany({
    where: { memberId },
    orderBy: [{ dueDate: "asc" }, { rule: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    rule: r.rule,
    due: fromDbDate(r.dueDate),
    met: fromDbDate(r.metDate),
    computedAt: r.computedAt.toISOString(),
  }));
}

describe("stored deadlines follow the member file", () => {
  it("leaves rows untouched by a change that moves no deadline, and updates a moved one in place", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 100);
    const context = await actorOf(coordinator);
    const before = await stored(member.id);
    expect(before.map((d) => [d.rule, d.due, d.met])).toEqual([
      ["QUESTIONNAIRE_SENT", addDays(member.startDate, 63), null],
      ["FIRST_CATEGORY", addDays(member.startDate, 120), null],
      ["PHASE_INVALIDITY", addDays(member.startDate, 365), addDays(member.startDate, 365)],
    ]);

    // A write that changes no deadline input (a contact, a consent …) rewrites nothing.
    await changeMemberFile(context, member.id, async () => undefined);
    expect(await stored(member.id)).toEqual(before);

    // Sending the questionnaire meets the first deadline (same row, same id) and opens the return deadline.
    await recordQuestionnaireSent({ periodId: member.periodId, sentDate: ago(30) }, context);
    const after = await stored(member.id);
    const sent = after.find((d) => d.rule === "QUESTIONNAIRE_SENT")!;
    expect(sent).toMatchObject({ id: before[0]!.id, met: ago(30) });
    expect(sent.computedAt > before[0]!.computedAt).toBe(true);
    expect(after.find((d) => d.rule === "FIRST_CATEGORY")).toEqual(before[1]);
    expect(after.find((d) => d.rule === "QUESTIONNAIRE_RETURN")).toMatchObject({ due: ago(16), met: null });
    expect(after).toHaveLength(4);
  });

  it("deletes the deadlines whose subject is gone", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 100);
    const context = await actorOf(coordinator);
    await changeMemberFile(context, member.id, async (tx) => {
      await tx.incapacityPeriod.delete({ where: { id: member.periodId } });
    });
    expect(await stored(member.id)).toEqual([]);
  });
});

describe("recomputeAllDeadlines", () => {
  it("repairs stale stored rows of every member, and a second run changes nothing", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const first = await makeMemberInIncapacity(coordinator, 100);
    const second = await makeMemberInIncapacity(coordinator, 200);
    const expected = [await stored(first.id), await stored(second.id)];
    // As if the rules had changed since the rows were written: one row moved, one missing, one extra.
    const moved = expected[0]![0]!;
    await getDb().deadline.update({
      where: { id: moved.id },
      data: { dueDate: new Date("2020-01-01T00:00:00Z") },
    });
    await getDb().deadline.delete({ where: { id: expected[1]![0]!.id } });

    const result = await recomputeAllDeadlines({ batchSize: 1, concurrency: 2 });
    expect(result).toMatchObject({ updated: 1, created: 1, removed: 0 });
    expect(result.changedMembers).toBe(2);
    const strip = (rows: Awaited<ReturnType<typeof stored>>) =>
      rows.map(({ rule, due, met }) => [rule, due, met]);
    expect(strip(await stored(first.id))).toEqual(strip(expected[0]!));
    expect(strip(await stored(second.id))).toEqual(strip(expected[1]!));
    expect((await stored(first.id)).find((d) => d.rule === moved.rule)!.id).toBe(moved.id);

    expect(await recomputeAllDeadlines()).toMatchObject({
      created: 0,
      updated: 0,
      removed: 0,
      changedMembers: 0,
    });
  });
});
