import { describe, expect, it } from "vitest";

import { addDays, fromDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
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
