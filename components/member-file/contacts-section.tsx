// Contacts, newest first, each with its corrections; own contacts editable for 24 hours, afterwards (or for a
// colleague's contact) a correction is appended and the original kept. The quick-log is in the file's header.
import { getTranslations } from "next-intl/server";

import { DoneButton } from "@/components/caseload/done-button";
import { CorrectContactForm, EditContactForm } from "@/components/contacts/contact-forms";
import { ActionDialog } from "@/components/member-file/action-dialog";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { canEditContact } from "@/lib/contacts/rules";
import { fromDbDate, instantToBrusselsLocal } from "@/lib/dates";
import { getFormat } from "@/lib/i18n/server-format";
import type { MemberFileView } from "@/lib/timeline/queries";

const SHOWN = 10;

export async function ContactsSection({
  file,
  access,
  today,
}: SectionProps & { file: Pick<MemberFileView, "contacts"> }) {
  const t = await getTranslations();
  const format = await getFormat();
  const day = await getDayFormatter();
  const now = new Date();
  const originals = file.contacts.filter((c) => !c.correctsId).reverse();
  const correctionsOf = (id: string) => file.contacts.filter((c) => c.correctsId === id);

  const item = (contact: (typeof originals)[number]) => {
    const when = format.dateTime(contact.occurredAt);
    const followUp = fromDbDate(contact.followUpDate);
    const isMine = contact.author.id === access.userId;
    return (
      <li key={contact.id} className="space-y-1 py-3 text-sm" data-testid="contact">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p>
            <span className="font-medium">
              {t(`enums.contactChannel.${contact.channel}`)} · {t(`enums.contactParty.${contact.party}`)}
            </span>
            <span className="text-slate-600">
              {" "}
              · {when} · {contact.author.name}
              {contact.durationMinutes
                ? ` · ${t("memberFile.contacts.minutes", { count: contact.durationMinutes })}`
                : ""}
            </span>
          </p>
          {access.canContact ? (
            <div className="flex flex-wrap gap-2">
              {canEditContact(
                { authorId: contact.author.id, createdAt: contact.createdAt },
                access.userId,
                now,
              ) ? (
                <ActionDialog
                  label={t("common.edit")}
                  accessibleLabel={t("memberFile.contacts.editNamed", { when })}
                  title={t("memberFile.contacts.editTitle", { when })}
                  description={t("memberFile.contacts.editWindow")}
                >
                  <EditContactForm
                    contact={{
                      id: contact.id,
                      version: contact.version,
                      occurredAt: instantToBrusselsLocal(contact.occurredAt),
                      channel: contact.channel,
                      party: contact.party,
                      durationMinutes: contact.durationMinutes,
                      summary: contact.summary,
                      nextAction: contact.nextAction,
                      followUpDate: followUp,
                    }}
                  />
                </ActionDialog>
              ) : (
                <ActionDialog
                  label={t("memberFile.contacts.correct")}
                  accessibleLabel={t("memberFile.contacts.correctNamed", { when })}
                  title={t("memberFile.contacts.correctTitle", { when })}
                >
                  <CorrectContactForm contactId={contact.id} />
                </ActionDialog>
              )}
              {isMine && followUp && !contact.followUpDoneAt ? (
                <DoneButton
                  kind="FOLLOW_UP"
                  id={contact.id}
                  version={contact.version}
                  label={t("memberFile.contacts.followUpDoneNamed", { when })}
                />
              ) : null}
            </div>
          ) : null}
        </div>
        <p className="whitespace-pre-line">{contact.summary}</p>
        {contact.nextAction || followUp ? (
          <p className="text-slate-700">
            {contact.nextAction
              ? `${t("common.label", { label: t("memberFile.contacts.nextAction") })} ${contact.nextAction}`
              : ""}
            {contact.nextAction && followUp ? " · " : ""}
            {followUp
              ? `${t("common.label", { label: t("memberFile.contacts.followUp") })} ${day(followUp)}`
              : ""}{" "}
            {followUp && contact.followUpDoneAt ? (
              <Badge tone="success">{t("memberFile.contacts.followUpDone")}</Badge>
            ) : null}
            {followUp && !contact.followUpDoneAt && followUp < today ? (
              <Badge tone="danger">{t("enums.deadlineStatus.OVERDUE")}</Badge>
            ) : null}
          </p>
        ) : null}
        {correctionsOf(contact.id).map((correction) => (
          <div
            key={correction.id}
            className="ml-3 border-l-2 border-amber-300 pl-3"
            data-testid="contact-correction"
          >
            <p className="font-medium">
              {t("memberFile.contacts.correctionBy", {
                name: correction.author.name,
                when: format.dateTime(correction.createdAt),
              })}
            </p>
            <p className="whitespace-pre-line">{correction.summary}</p>
          </div>
        ))}
      </li>
    );
  };

  return (
    <Card title={t("memberFile.contacts.title")}>
      <div id="contacts">
        {originals.length === 0 ? (
          <p className="text-sm text-slate-600">{t("memberFile.contacts.none")}</p>
        ) : (
          <>
            <ul className="divide-y divide-slate-100">{originals.slice(0, SHOWN).map(item)}</ul>
            {originals.length > SHOWN ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium text-slate-700">
                  {t("memberFile.contacts.older", { count: originals.length - SHOWN })}
                </summary>
                <ul className="divide-y divide-slate-100">{originals.slice(SHOWN).map(item)}</ul>
              </details>
            ) : null}
          </>
        )}
      </div>
    </Card>
  );
}
