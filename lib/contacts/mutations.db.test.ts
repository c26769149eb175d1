// Contacts' failure paths: a coordinator of another team gets NOT_FOUND (ADR 005), a stale version a
// CONFLICT, and a broken rule its error (V11 consent, another author's contact, the 24-hour edit window) —
// and none of them writes anything: the rows stay as they were and no audit row is added.
import { describe, it } from "vitest";

import { completeFollowUp, correctContact, editContact, logContact } from "@/lib/contacts/mutations";
import type { TEditContact } from "@/lib/contacts/schemas";
import { addDays, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectRefused } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

/** A member with one contact, logged by their coordinator, with a follow-up; a colleague and an outsider. */
async function contactCase() {
  const coordinator = await makeUser("COORDINATOR");
  const c = await actorOf(coordinator);
  const member = await makeMemberInIncapacity(coordinator, 150);
  const contact = await logContact(
    {
      memberId: member.id,
      occurredAt: `${ago(1)}T10:30`,
      channel: "PHONE",
      party: "MEMBER",
      summary: "Talked about the plan",
      followUpDate: ago(0),
    },
    c,
  );
  const colleague = await actorOf(await makeUser("COORDINATOR", { teamId: coordinator.teamId! }));
  const outsider = await actorOf(await makeUser("COORDINATOR"));
  return { c, member, contactId: contact.id, colleague, outsider };
}

type Case = Awaited<ReturnType<typeof contactCase>>;

/** Everything a contact mutation may write: the member's contacts, as rows. */
const contactsOf = (memberId: string) =>
  getDb().contact.findMany({ where: { memberId }, orderBy: { createdAt: "asc" } });

const edit = (contactId: string, version: number): TEditContact => ({
  contactId,
  version,
  occurredAt: `${ago(1)}T10:30`,
  channel: "PHONE",
  party: "MEMBER",
  summary: "Talked about the plan and the employer",
  followUpDate: "",
});

const cases: {
  name: string;
  expected: Record<string, unknown>;
  /** Runs first, and may write (someone else's change, or time passing). */
  prepare?: (x: Case) => Promise<unknown>;
  run: (x: Case) => Promise<unknown>;
}[] = [
  {
    name: "logContact by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) =>
      logContact(
        {
          memberId: x.member.id,
          occurredAt: `${ago(1)}T09:00`,
          channel: "EMAIL_LETTER",
          party: "MEMBER",
          summary: "Sent the leaflet",
        },
        x.outsider,
      ),
  },
  {
    name: "editContact by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) => editContact(edit(x.contactId, 1), x.outsider),
  },
  {
    name: "correctContact by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) => correctContact({ contactId: x.contactId, summary: "Not what happened" }, x.outsider),
  },
  {
    name: "completeFollowUp by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) => completeFollowUp({ contactId: x.contactId, version: 1 }, x.outsider),
  },
  {
    name: "editContact with a version someone else already changed",
    expected: { code: "CONFLICT" },
    prepare: (x) => completeFollowUp({ contactId: x.contactId, version: 1 }, x.c),
    run: (x) => editContact(edit(x.contactId, 1), x.c),
  },
  {
    name: "completeFollowUp with a version someone else already changed",
    expected: { code: "CONFLICT" },
    prepare: (x) => editContact(edit(x.contactId, 1), x.c),
    run: (x) => completeFollowUp({ contactId: x.contactId, version: 1 }, x.c),
  },
  {
    name: "editContact of a colleague's contact",
    expected: { code: "FORBIDDEN", messageKey: "contactEditWindow" },
    run: (x) => editContact(edit(x.contactId, 1), x.colleague),
  },
  {
    name: "editContact by its author after 24 hours",
    expected: { code: "FORBIDDEN", messageKey: "contactEditWindow" },
    prepare: (x) =>
      getDb().contact.update({
        where: { id: x.contactId },
        data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
      }),
    run: (x) => editContact(edit(x.contactId, 1), x.c),
  },
  {
    name: "logContact with the employer without the member's consent (V11)",
    expected: {
      code: "VALIDATION",
      messageKey: "consentRequired",
      fieldErrors: { party: ["consentRequired"] },
    },
    run: (x) =>
      logContact(
        {
          memberId: x.member.id,
          occurredAt: `${ago(1)}T11:00`,
          channel: "PHONE",
          party: "EMPLOYER",
          summary: "Called HR",
        },
        x.c,
      ),
  },
  {
    name: "editContact to a party the member gave no consent for (V11)",
    expected: { code: "VALIDATION", fieldErrors: { party: ["consentRequired"] } },
    run: (x) => editContact({ ...edit(x.contactId, 1), party: "OCCUPATIONAL_PHYSICIAN" }, x.c),
  },
];

describe("contact mutations that must fail", () => {
  for (const { name, expected, prepare, run } of cases) {
    it(`${name}: ${String(expected.code)}, nothing written`, async () => {
      const x = await contactCase();
      await prepare?.(x);
      await expectRefused(
        () => run(x),
        expected,
        () => contactsOf(x.member.id),
      );
    });
  }
});
