// The TNW trajectory: status and dates, the next step of the state machine, the plan (goals and actions with
// due dates) and earlier trajectories with their stop reason and outcome.
import { getTranslations } from "next-intl/server";

import { FormDisclosure } from "@/components/member-file/done-context";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import {
  AddActionForm,
  AddGoalForm,
  PlanItemToggle,
  StartTrajectoryForm,
  TransitionForm,
} from "@/components/member-file/trajectory-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { fromDbDate } from "@/lib/dates";
import type { MemberFileView } from "@/lib/timeline/queries";
import { openTrajectoryOf, type TrajectoryStatus } from "@/lib/trajectories/rules";

type Trajectory = MemberFileView["trajectories"][number];

export async function TrajectorySection({
  file,
  access,
  header,
  today,
}: SectionProps & { file: Pick<MemberFileView, "trajectories" | "periods"> }) {
  const t = await getTranslations();
  const day = await getDayFormatter();
  const open = openTrajectoryOf(file.trajectories);
  const earlier = file.trajectories.filter((trajectory) => trajectory !== open).reverse();
  const hasOpenPeriod = file.periods.some((p) => !p.endDate);

  const dates = (trajectory: Trajectory) =>
    [
      [t("memberFile.trajectory.referredDate"), trajectory.referredDate],
      [t("memberFile.trajectory.goAheadDate"), trajectory.goAheadDate],
      [t("memberFile.trajectory.invitedDate"), trajectory.invitedDate],
      [t("memberFile.trajectory.firstContactDate"), trajectory.firstContactDate],
      [t("memberFile.trajectory.endDate"), trajectory.endDate],
    ].filter((entry): entry is [string, Date] => entry[1] !== null);

  return (
    <Card title={t("memberFile.trajectory.title")}>
      <div id="trajectory" className="space-y-4">
        {open ? (
          <>
            <div className="space-y-1 text-sm" data-testid="trajectory-current">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone="info">{t(`enums.trajectoryStatus.${open.status}`)}</Badge>
                <span>
                  {t("memberFile.trajectory.initiativeOf", {
                    initiative: t(`enums.trajectoryInitiative.${open.initiative}`),
                  })}
                </span>
                {open.coordinator ? (
                  <span className="text-slate-600">
                    · {t("memberFile.trajectory.coordinatedBy", { name: open.coordinator.name })}
                  </span>
                ) : null}
              </p>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5">
                {dates(open).map(([label, date]) => (
                  <div key={label} className="contents">
                    <dt className="text-slate-600">{label}</dt>
                    <dd>{day(date)}</dd>
                  </div>
                ))}
              </dl>
            </div>
            {access.canTrajectory ? (
              <FormDisclosure
                key={`${open.id}-${open.status}`}
                label={t("memberFile.trajectory.recordNextStep")}
              >
                <TransitionForm
                  trajectory={{ id: open.id, version: open.version, status: open.status as TrajectoryStatus }}
                />
              </FormDisclosure>
            ) : null}

            <section aria-labelledby="plan-heading" className="space-y-3 border-t border-slate-100 pt-3">
              <h3 id="plan-heading" className="text-sm font-semibold">
                {t("memberFile.plan.title")}
              </h3>
              <Plan trajectory={open} canEdit={access.canTrajectory} today={today} />
              {access.canTrajectory ? (
                <div className="flex flex-wrap gap-3">
                  <FormDisclosure label={t("memberFile.plan.addGoal")}>
                    <AddGoalForm trajectoryId={open.id} />
                  </FormDisclosure>
                  <FormDisclosure label={t("memberFile.plan.addAction")}>
                    <AddActionForm
                      trajectoryId={open.id}
                      goals={open.goals.map((goal) => ({ id: goal.id, description: goal.description }))}
                    />
                  </FormDisclosure>
                </div>
              ) : null}
            </section>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-600">{t("memberFile.trajectory.noneOpen")}</p>
            {access.canTrajectory ? (
              hasOpenPeriod ? (
                <FormDisclosure label={t("memberFile.trajectory.start")}>
                  <StartTrajectoryForm memberId={header.id} />
                </FormDisclosure>
              ) : (
                <p className="text-sm text-slate-600">{t("memberFile.trajectory.needsIncapacity")}</p>
              )
            ) : null}
          </>
        )}

        {earlier.length ? (
          <section aria-labelledby="earlier-trajectories" className="border-t border-slate-100 pt-3">
            <h3 id="earlier-trajectories" className="text-sm font-semibold">
              {t("memberFile.trajectory.earlier")}
            </h3>
            <ul className="mt-1 space-y-2 text-sm">
              {earlier.map((trajectory) => (
                <li key={trajectory.id} data-testid="trajectory-earlier">
                  <p>
                    <Badge>{t(`enums.trajectoryStatus.${trajectory.status}`)}</Badge>{" "}
                    {day(trajectory.referredDate)} – {day(trajectory.endDate)}
                  </p>
                  {trajectory.stopReason ? (
                    <p>
                      {t("common.label", { label: t("memberFile.trajectory.stopReason") })}{" "}
                      {t(`enums.stopReason.${trajectory.stopReason}`)}
                    </p>
                  ) : null}
                  {trajectory.outcome ? (
                    <p>
                      {t("common.label", { label: t("memberFile.trajectory.outcome") })}{" "}
                      {t(`enums.trajectoryOutcome.${trajectory.outcome}`)}
                    </p>
                  ) : null}
                  {trajectory.endNote ? <p className="text-slate-600">{trajectory.endNote}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Card>
  );
}

async function Plan({
  trajectory,
  canEdit,
  today,
}: {
  trajectory: Trajectory;
  canEdit: boolean;
  today: string;
}) {
  const t = await getTranslations();
  const day = await getDayFormatter();
  const actionsOf = (goalId: string | null) =>
    trajectory.actions.filter((action) => action.goalId === goalId);
  const loose = actionsOf(null);
  if (!trajectory.goals.length && !loose.length)
    return <p className="text-sm text-slate-600">{t("memberFile.plan.empty")}</p>;

  const actionList = (actions: Trajectory["actions"]) =>
    actions.length ? (
      <ul className="mt-1 space-y-1 pl-4">
        {actions.map((action) => {
          const due = fromDbDate(action.dueDate);
          const isLate = !action.doneDate && due !== null && due < today;
          return (
            <li
              key={action.id}
              className="flex flex-wrap items-center justify-between gap-2"
              data-testid="plan-action"
            >
              <span>
                <span className={action.doneDate ? "line-through" : undefined}>{action.description}</span>
                <span className="text-slate-600">
                  {action.actor ? ` · ${action.actor}` : ""}
                  {due ? ` · ${t("memberFile.plan.dueOn", { date: day(due) })}` : ""}
                  {action.doneDate ? ` · ${t("memberFile.plan.doneOn", { date: day(action.doneDate) })}` : ""}
                </span>{" "}
                {isLate ? <Badge tone="danger">{t("enums.deadlineStatus.OVERDUE")}</Badge> : null}
              </span>
              {canEdit ? (
                <PlanItemToggle
                  kind="action"
                  label={t(action.doneDate ? "memberFile.plan.reopenNamed" : "memberFile.plan.doneNamed", {
                    what: action.description,
                  })}
                  item={{
                    id: action.id,
                    version: action.version,
                    description: action.description,
                    isDone: Boolean(action.doneDate),
                    dueDate: due,
                    actor: action.actor,
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    ) : null;

  return (
    <ol className="space-y-3 text-sm" data-testid="plan">
      {trajectory.goals.map((goal) => (
        <li key={goal.id}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p>
              <span className="font-medium">{goal.description}</span>
              <span className="text-slate-600">
                {goal.targetDate ? ` · ${t("memberFile.plan.targetOn", { date: day(goal.targetDate) })}` : ""}
                {goal.achievedDate
                  ? ` · ${t("memberFile.plan.achievedOn", { date: day(goal.achievedDate) })}`
                  : ""}
              </span>
            </p>
            {canEdit ? (
              <PlanItemToggle
                kind="goal"
                label={t(
                  goal.achievedDate ? "memberFile.plan.reopenNamed" : "memberFile.plan.achievedNamed",
                  {
                    what: goal.description,
                  },
                )}
                item={{
                  id: goal.id,
                  version: goal.version,
                  description: goal.description,
                  isDone: Boolean(goal.achievedDate),
                  targetDate: fromDbDate(goal.targetDate),
                }}
              />
            ) : null}
          </div>
          {actionList(actionsOf(goal.id))}
        </li>
      ))}
      {loose.length ? (
        <li>
          <p className="font-medium">{t("memberFile.plan.otherActions")}</p>
          {actionList(loose)}
        </li>
      ) : null}
    </ol>
  );
}
