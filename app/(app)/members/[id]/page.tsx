// The member file: what is due, one timeline of everything, and a section per part of the workflow —
// incapacity, trajectory and plan, contacts, consents, referrals, adjustments, authorised activity, tasks.
// The layout has checked access (or shown the purpose gate), audited the opening and shows the header.
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { ActivitiesSection } from "@/components/member-file/activities-section";
import { AdjustmentsSection } from "@/components/member-file/adjustments-section";
import { ConsentsSection } from "@/components/member-file/consents-section";
import { ContactsSection } from "@/components/member-file/contacts-section";
import { DeadlinesCard } from "@/components/member-file/deadlines-card";
import { fileAccessOf } from "@/components/member-file/file-context";
import { FileToolbar } from "@/components/member-file/file-toolbar";
import { PeriodsSection } from "@/components/member-file/periods-section";
import { ReferralsSection } from "@/components/member-file/referrals-section";
import { TasksSection } from "@/components/member-file/tasks-section";
import { Timeline } from "@/components/member-file/timeline";
import { TrajectorySection } from "@/components/member-file/trajectory-section";
import { requirePermission } from "@/lib/auth/session";
import { fromDbDate, todayInBrussels } from "@/lib/dates";
import type { ReasonLocale } from "@/lib/deadlines/reasons";
import { getEnv } from "@/lib/env";
import { findTeamCoordinators, getMemberHeader } from "@/lib/members/queries";
import { getMemberFile } from "@/lib/timeline/queries";
import { openTrajectoryOf } from "@/lib/trajectories/rules";
import { z } from "@/lib/validation";

export default async function MemberFilePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("member.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const today = todayInBrussels();
  const locale = (await getLocale()) as ReasonLocale;
  const [header, file] = await Promise.all([
    getMemberHeader(user, id, today),
    getMemberFile(user, id, { today, locale }),
  ]);
  // Out of scope: the layout answers (purpose gate or 404); nothing of the file is rendered or sent from here.
  if (!header || !file) return null;
  const t = await getTranslations("memberFile");
  const access = fileAccessOf(user, header);
  const colleagues = user.teamId === header.team.id ? await findTeamCoordinators(header.team.id) : [];
  const name = `${header.firstName} ${header.lastName}`;

  const openTrajectory = openTrajectoryOf(file.trajectories);
  const activeTrajectoryId = openTrajectory?.status === "ACTIVE" ? openTrajectory.id : null;
  const consents = file.consents.map((c) => ({
    party: c.party,
    givenDate: fromDbDate(c.givenDate),
    withdrawnDate: fromDbDate(c.withdrawnDate),
  }));
  const section = { access, header, today };
  const anchors = [
    ["deadlines", t("nav.deadlines")],
    ["incapacity", t("nav.incapacity")],
    ["trajectory", t("nav.trajectory")],
    ["contacts", t("nav.contacts")],
    ["consents", t("nav.consents")],
    ["referrals", t("nav.referrals")],
    ["adjustments", t("nav.adjustments")],
    ["activity", t("nav.activity")],
    ["tasks", t("nav.tasks")],
    ["timeline", t("nav.timeline")],
  ] as const;

  return (
    <div className="space-y-4">
      <FileToolbar
        member={{
          id: header.id,
          version: header.version,
          name,
          coordinatorId: header.coordinator?.id ?? null,
        }}
        canLogContact={access.canContact}
        canEdit={access.canEditMember}
        coordinators={access.canReassign ? colleagues : []}
      />
      <nav aria-label={t("nav.label")} className="no-print">
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {anchors.map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid items-start gap-4 xl:grid-cols-5">
        <div className="space-y-4 xl:col-span-3">
          <DeadlinesCard deadlines={file.deadlines} />
          <PeriodsSection file={file} {...section} />
          <TrajectorySection file={file} {...section} />
          <ContactsSection file={file} {...section} />
          <ConsentsSection file={file} {...section} trajectoryId={openTrajectory?.id ?? null} />
          <ReferralsSection
            file={file}
            {...section}
            activeTrajectoryId={activeTrajectoryId}
            consents={consents}
            responseDays={getEnv().REFERRAL_RESPONSE_DAYS}
          />
          <AdjustmentsSection
            file={file}
            {...section}
            trajectoryId={openTrajectory?.id ?? null}
            consents={consents}
          />
          <ActivitiesSection file={file} {...section} trajectoryId={openTrajectory?.id ?? null} />
          <TasksSection file={file} {...section} colleagues={colleagues} />
        </div>
        <div id="timeline" className="xl:col-span-2">
          <Timeline file={file} today={today} />
        </div>
      </div>
    </div>
  );
}
