"use client";
// The TNW trajectory from the coordinator's side: start it, move it along the state machine with exactly the
// fields each step requires (lib/trajectories/rules.ts), and keep its plan of goals and actions.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";

import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDone } from "@/components/member-file/done-context";
import { useServerValues } from "@/components/member-file/use-server-values";
import { Button } from "@/components/ui/button";
import { todayInBrussels } from "@/lib/dates";
import { StopReason, TrajectoryInitiative, TrajectoryOutcome } from "@/lib/generated/prisma/enums";
import {
  addPlanActionAction,
  addPlanGoalAction,
  startTrajectoryAction,
  transitionTrajectoryAction,
  updatePlanActionAction,
  updatePlanGoalAction,
} from "@/lib/trajectories/actions";
import {
  REQUIRED_FIELDS,
  transitionFields,
  TRANSITIONS,
  type TrajectoryStatus,
  type TransitionField,
} from "@/lib/trajectories/rules";
import {
  ZPlanActionSchema,
  ZPlanGoalSchema,
  ZStartTrajectorySchema,
  ZTransitionTrajectorySchema,
  type TTransitionTrajectory,
} from "@/lib/trajectories/schemas";

export function StartTrajectoryForm({ memberId, onDone }: { memberId: string; onDone?: () => void }) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZStartTrajectorySchema),
    defaultValues: {
      memberId,
      initiative: "MEMBER" as TrajectoryInitiative,
      referredDate: todayInBrussels(),
      goAheadDate: "",
      coordinatorId: "",
    },
  });
  const { onSubmit, failure } = useActionForm(form, startTrajectoryAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <SelectField
          form={form}
          name="initiative"
          label={t("memberFile.trajectory.initiative")}
          required
          options={Object.values(TrajectoryInitiative).map((value) => ({
            value,
            label: t(`enums.trajectoryInitiative.${value}`),
          }))}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            form={form}
            name="referredDate"
            type="date"
            label={t("memberFile.trajectory.referredDate")}
            hint={t("memberFile.trajectory.referredDateHint")}
            required
          />
          <TextField
            form={form}
            name="goAheadDate"
            type="date"
            label={t("memberFile.trajectory.goAheadDate")}
            hint={t("memberFile.trajectory.goAheadDateHint")}
          />
        </div>
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.trajectory.startSubmit")}
        </Button>
      </fieldset>
    </form>
  );
}

/**
 * Only the fields the chosen step takes go to the server — the same table the server applies
 * (transitionFields, which includes the step's DATE_FIELD_OF); the others keep what was typed, in case of a
 * switch, but are sent empty.
 */
function transitionInput(values: TTransitionTrajectory): TTransitionTrajectory {
  const fields: readonly string[] = transitionFields(values.to);
  const take = <K extends TransitionField>(field: K) => (fields.includes(field) ? values[field] : "");
  return {
    trajectoryId: values.trajectoryId,
    version: values.version,
    to: values.to,
    invitedDate: take("invitedDate"),
    firstContactDate: take("firstContactDate"),
    endDate: take("endDate"),
    stopReason: take("stopReason"),
    outcome: take("outcome"),
    endNote: take("endNote"),
  };
}

export function TransitionForm({
  trajectory,
}: {
  trajectory: { id: string; version: number; status: TrajectoryStatus };
}) {
  const t = useTranslations();
  const done = useDone();
  const targets = TRANSITIONS[trajectory.status];
  const today = todayInBrussels();
  const values = {
    trajectoryId: trajectory.id,
    version: trajectory.version,
    to: targets[0]!,
    invitedDate: today,
    firstContactDate: today,
    endDate: today,
    stopReason: "" as StopReason | "",
    outcome: "" as TrajectoryOutcome | "",
    endNote: "",
  };
  const form = useForm({ resolver: zodResolver(ZTransitionTrajectorySchema), defaultValues: values });
  useServerValues(form, values, trajectory.version);
  const { onSubmit, failure } = useActionForm(
    form,
    (input: TTransitionTrajectory) => transitionTrajectoryAction(transitionInput(input)),
    () => done(),
  );
  const to = useWatch({ control: form.control, name: "to" });
  const required = REQUIRED_FIELDS[to] ?? [];
  if (!targets.length) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="transition-form">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">
            {t("memberFile.trajectory.nextStep")}
          </legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {targets.map((target) => (
              <label key={target} className="flex items-center gap-2 text-sm">
                <input type="radio" value={target} {...form.register("to")} />
                {t(`memberFile.trajectory.to.${target}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          {required.includes("invitedDate") ? (
            <TextField
              form={form}
              name="invitedDate"
              type="date"
              label={t("memberFile.trajectory.invitedDate")}
              required
            />
          ) : null}
          {required.includes("firstContactDate") ? (
            <TextField
              form={form}
              name="firstContactDate"
              type="date"
              label={t("memberFile.trajectory.firstContactDate")}
              hint={t("memberFile.trajectory.firstContactDateHint")}
              required
            />
          ) : null}
          {required.includes("endDate") ? (
            <TextField
              form={form}
              name="endDate"
              type="date"
              label={t("memberFile.trajectory.endDate")}
              required
            />
          ) : null}
          {required.includes("stopReason") ? (
            <SelectField
              form={form}
              name="stopReason"
              label={t("memberFile.trajectory.stopReason")}
              required
              placeholder={t("memberFile.choose")}
              options={Object.values(StopReason).map((value) => ({
                value,
                label: t(`enums.stopReason.${value}`),
              }))}
            />
          ) : null}
          {required.includes("outcome") ? (
            <SelectField
              form={form}
              name="outcome"
              label={t("memberFile.trajectory.outcome")}
              required
              placeholder={t("memberFile.choose")}
              options={Object.values(TrajectoryOutcome).map((value) => ({
                value,
                label: t(`enums.trajectoryOutcome.${value}`),
              }))}
            />
          ) : null}
        </div>
        {transitionFields(to).includes("endNote") ? (
          <TextAreaField
            form={form}
            name="endNote"
            label={t(
              to === "REFERRED_OUT" ? "memberFile.trajectory.referredOutTo" : "memberFile.trajectory.endNote",
            )}
            required={required.includes("endNote")}
            rows={2}
          />
        ) : null}
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.trajectory.record")}
        </Button>
      </fieldset>
    </form>
  );
}

export function AddGoalForm({ trajectoryId, onDone }: { trajectoryId: string; onDone?: () => void }) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZPlanGoalSchema),
    defaultValues: { trajectoryId, description: "", targetDate: "" },
  });
  const { onSubmit, failure } = useActionForm(form, addPlanGoalAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="description"
          idPrefix="goal"
          label={t("memberFile.plan.goal")}
          required
          autoFocus
        />
        <TextField
          form={form}
          name="targetDate"
          idPrefix="goal"
          type="date"
          label={t("memberFile.plan.targetDate")}
        />
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.plan.saveGoal")}
        </Button>
      </fieldset>
    </form>
  );
}

export function AddActionForm({
  trajectoryId,
  goals,
  onDone,
}: {
  trajectoryId: string;
  goals: { id: string; description: string }[];
  onDone?: () => void;
}) {
  const t = useTranslations();
  const done = useDone(onDone);
  const form = useForm({
    resolver: zodResolver(ZPlanActionSchema),
    defaultValues: {
      trajectoryId,
      goalId: goals[goals.length - 1]?.id ?? "",
      description: "",
      actor: "",
      dueDate: "",
    },
  });
  const { onSubmit, failure } = useActionForm(form, addPlanActionAction, () => done());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="description"
          idPrefix="action"
          label={t("memberFile.plan.action")}
          required
          autoFocus
        />
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            form={form}
            name="actor"
            idPrefix="action"
            label={t("memberFile.plan.actor")}
            hint={t("memberFile.plan.actorHint")}
          />
          <TextField
            form={form}
            name="dueDate"
            idPrefix="action"
            type="date"
            label={t("memberFile.plan.dueDate")}
          />
          <SelectField
            form={form}
            name="goalId"
            idPrefix="action"
            label={t("memberFile.plan.forGoal")}
            placeholder={t("memberFile.plan.noGoal")}
            options={goals.map((goal) => ({ value: goal.id, label: goal.description }))}
          />
        </div>
        <Button type="submit">
          {form.formState.isSubmitting ? t("common.saving") : t("memberFile.plan.saveAction")}
        </Button>
      </fieldset>
    </form>
  );
}

/** "Achieved" for a goal, "done" for an action: today's date on the item (and back to open). */
export function PlanItemToggle({
  item,
  kind,
  label,
}: {
  item: {
    id: string;
    version: number;
    description: string;
    isDone: boolean;
    targetDate?: string | null;
    dueDate?: string | null;
    actor?: string | null;
  };
  kind: "goal" | "action";
  /** Accessible name including the item ("Mark done: call the employer"). */
  label: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const done = item.isDone ? "" : todayInBrussels();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant="ghost"
        aria-label={label}
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result =
              kind === "goal"
                ? await updatePlanGoalAction({
                    goalId: item.id,
                    version: item.version,
                    description: item.description,
                    targetDate: item.targetDate ?? "",
                    achievedDate: done,
                  })
                : await updatePlanActionAction({
                    actionId: item.id,
                    version: item.version,
                    description: item.description,
                    actor: item.actor ?? "",
                    dueDate: item.dueDate ?? "",
                    doneDate: done,
                  });
            if (result.ok) router.refresh();
            else setError(result.message);
          })
        }
      >
        {item.isDone
          ? t("memberFile.plan.reopen")
          : kind === "goal"
            ? t("memberFile.plan.achieved")
            : t("memberFile.plan.done")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
