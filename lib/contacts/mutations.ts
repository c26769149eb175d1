import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { loadConsents } from "@/lib/consents/queries";
import { CONTACT_PARTY_CONSENT, hasValidConsent } from "@/lib/consents/rules";
import { canEditContact } from "@/lib/contacts/rules";
import type { TCorrectContact, TEditContact, TLogContact } from "@/lib/contacts/schemas";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { brusselsLocalToInstant, dateInBrussels, toDbDate } from "@/lib/dates";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";
import { OPEN_STATUSES } from "@/lib/trajectories/rules";

const FIELDS = [
  "occurredAt",
  "channel",
  "party",
  "durationMinutes",
  "summary",
  "nextAction",
  "followUpDate",
] as const;

function contactData(input: Omit<TLogContact, "memberId">) {
  return {
    occurredAt: brusselsLocalToInstant(input.occurredAt),
    channel: input.channel,
    party: input.party,
    durationMinutes: input.durationMinutes ?? null,
    summary: input.summary,
    nextAction: input.nextAction || null,
    followUpDate: input.followUpDate || null,
  };
}

/** V11: a contact with a third party needs the member's valid consent for that party on that day. */
async function assertConsent(tx: Db, memberId: string, party: string, occurredAt: Date): Promise<void> {
  const thirdParty = CONTACT_PARTY_CONSENT[party];
  if (!thirdParty) return;
  if (!hasValidConsent(await loadConsents(tx, memberId), thirdParty, dateInBrussels(occurredAt))) {
    throw new AppError("VALIDATION", {
      messageKey: "consentRequired",
      fieldErrors: { party: ["consentRequired"] },
    });
  }
}

function assertNotFuture(occurredAt: Date) {
  // A few minutes of clock difference between browser and server are tolerated.
  if (occurredAt.getTime() > Date.now() + 5 * 60_000)
    throw new AppError("VALIDATION", { fieldErrors: { occurredAt: ["notInFuture"] } });
}

/** The quick-log. The contact joins the member's open trajectory, if there is one. */
export async function logContact(input: TLogContact, context: MemberContext): Promise<{ id: string }> {
  const data = contactData(input);
  assertNotFuture(data.occurredAt);
  return changeMemberFile(context, input.memberId, async (tx, member) => {
    await assertConsent(tx, member.id, data.party, data.occurredAt);
    const trajectory = await tx.trajectory.findFirst({
      where: { memberId: member.id, status: { in: [...OPEN_STATUSES] } },
      select: { id: true },
    });
    const contact = await tx.contact.create({
      data: {
        ...data,
        followUpDate: toDbDate(data.followUpDate),
        memberId: member.id,
        trajectoryId: trajectory?.id ?? null,
        authorId: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Contact",
      entityId: contact.id,
      memberId: member.id,
      changes: diffChanges(null, data, FIELDS),
    });
    return contact;
  });
}

async function loadOwnContact(contactId: string) {
  const contact = await getDb().contact.findUnique({
    where: { id: contactId },
    select: { memberId: true, authorId: true, createdAt: true },
  });
  if (!contact) throw new AppError("NOT_FOUND");
  return contact;
}

/** Own contacts are editable for 24 hours; after that the original stays and a correction is appended. */
export async function editContact(input: TEditContact, context: MemberContext): Promise<void> {
  const contact = await loadOwnContact(input.contactId);
  const data = contactData(input);
  assertNotFuture(data.occurredAt);
  await changeMemberFile(context, contact.memberId, async (tx) => {
    if (!canEditContact(contact, context.actor.id, new Date()))
      throw new AppError("FORBIDDEN", { messageKey: "contactEditWindow" });
    await assertConsent(tx, contact.memberId, data.party, data.occurredAt);
    const before = await tx.contact.findUniqueOrThrow({ where: { id: input.contactId } });
    const { count } = await tx.contact.updateMany({
      where: { id: input.contactId, version: input.version },
      data: { ...data, followUpDate: toDbDate(data.followUpDate), version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Contact",
      entityId: input.contactId,
      memberId: contact.memberId,
      changes: diffChanges(before, data, FIELDS),
    });
  });
}

/** A correction to a contact, appended as a new contact that points to the original (which stays as it was). */
export async function correctContact(
  input: TCorrectContact,
  context: MemberContext,
): Promise<{ id: string }> {
  const original = await getDb().contact.findUnique({ where: { id: input.contactId } });
  if (!original) throw new AppError("NOT_FOUND");
  return changeMemberFile(context, original.memberId, async (tx) => {
    const correction = await tx.contact.create({
      data: {
        memberId: original.memberId,
        trajectoryId: original.trajectoryId,
        occurredAt: original.occurredAt,
        channel: original.channel,
        party: original.party,
        summary: input.summary,
        authorId: context.actor.id,
        correctsId: original.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Contact",
      entityId: correction.id,
      memberId: original.memberId,
      changes: { correctsId: { after: original.id }, summary: { after: input.summary } },
    });
    return correction;
  });
}

/** Marks a contact's follow-up as done (it leaves the "today" panel). */
export async function completeFollowUp(
  input: { contactId: string; version: number },
  context: MemberContext,
): Promise<void> {
  const contact = await loadOwnContact(input.contactId);
  await changeMemberFile(context, contact.memberId, async (tx) => {
    const before = await tx.contact.findUniqueOrThrow({ where: { id: input.contactId } });
    const { count } = await tx.contact.updateMany({
      where: { id: input.contactId, version: input.version },
      data: { followUpDoneAt: new Date(), version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Contact",
      entityId: input.contactId,
      memberId: contact.memberId,
      changes: { followUpDone: { before: false, after: true } },
    });
  });
}
